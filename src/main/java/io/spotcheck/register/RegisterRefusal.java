package io.spotcheck.register;

/**
 * A request the register refuses for a reason other than its fields' form: a case that cannot be seen (404),
 * a caller without the right (403), a conflict with what is stored (409), or an event the law does not allow
 * (422). Nothing is stored.
 */
public class RegisterRefusal extends RuntimeException {

    public enum Status {
        NOT_FOUND(404), FORBIDDEN(403), CONFLICT(409), UNPROCESSABLE(422);

        private final int code;

        Status(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    private final Status status;
    private final String field;

    public RegisterRefusal(Status status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static RegisterRefusal notFound(String caseRef) {
        return new RegisterRefusal(Status.NOT_FOUND, "caseRef", "no case " + caseRef + " that you may see");
    }

    public Status status() {
        return status;
    }

    /** The field the refusal is about, or null. */
    public String field() {
        return field;
    }
}
