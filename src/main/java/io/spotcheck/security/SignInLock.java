package io.spotcheck.security;

/** Where a locked form sign-in is shown (CONTRACT §6): the sign-in page, forwarded to with the seconds to wait. */
public final class SignInLock {

    /** The forward target of a locked form sign-in; answers 429. */
    public static final String PAGE = "/login/locked";
    /** The request attribute holding the whole seconds until the lock ends. */
    public static final String RETRY_AFTER_ATTRIBUTE = "spotcheck.signIn.retryAfter";

    private SignInLock() {
    }
}
