package io.spotcheck.audit;

/** The audit store could not keep a record: the decision is not given out (CONTRACT §5, HTTP 503). */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
