package io.spotcheck.audit;

/** The store refused one record on its own (a constraint, a value it cannot hold): only that record's answer fails. */
public class RecordRefusedException extends StoreUnavailableException {

    public RecordRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
