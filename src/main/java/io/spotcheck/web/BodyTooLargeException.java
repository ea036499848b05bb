package io.spotcheck.web;

/** A request body over the limit (CONTRACT §4: 1 MiB). */
class BodyTooLargeException extends RuntimeException {

    BodyTooLargeException(int limit) {
        super("the request body is larger than " + limit / 1024 + " KiB");
    }
}
