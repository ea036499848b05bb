package io.spotcheck.tabular;

import java.io.IOException;

/**
 * An input refused before any of its rows counts: not text in an accepted encoding, or over a limit. {@code where}
 * is the position inside the file ({@code line:column}, or {@code 0:0} with the byte offset in the message).
 */
final class UnreadableInput extends IOException {

    private final String where;

    UnreadableInput(String where, String message) {
        super(message);
        this.where = where;
    }

    String where() {
        return where;
    }
}
