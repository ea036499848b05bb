package io.spotcheck.engine;

/** The rules cannot be loaded: a file does not compile, or a rule lacks its metadata. Stops start-up. */
public class RuleBaseException extends RuntimeException {

    public RuleBaseException(String message) {
        super(message);
    }
}
