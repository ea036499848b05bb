package io.spotcheck.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked because its name or address is locked (CONTRACT §6); says when to try again. */
final class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInThrottledException(Duration lockedFor) {
        super("too many failed sign-ins");
        long seconds = lockedFor.getSeconds() + (lockedFor.getNano() > 0 ? 1 : 0);
        this.retryAfterSeconds = Math.max(1, seconds);
    }

    /** Whole seconds until the lock ends, rounded up. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
