package io.spotcheck.casefile;

/** One thing wrong with an input: where ({@code field} path, or file:line:column) and what. */
public record Problem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
