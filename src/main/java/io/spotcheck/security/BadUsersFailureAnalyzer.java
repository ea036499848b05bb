package io.spotcheck.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A {@code SPOTCHECK_USERS} that stops start-up is told in a few lines (which entry, which user, what is wrong),
 * not at the bottom of a stack trace.
 */
public class BadUsersFailureAnalyzer extends AbstractFailureAnalyzer<Users.BadUsers> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, Users.BadUsers cause) {
        return new FailureAnalysis("The users given in SPOTCHECK_USERS cannot be used: " + cause.getMessage() + ".",
                "Correct that entry of SPOTCHECK_USERS (name:password:ROLE[+ROLE], OFFICER@district for a district "
                        + "officer; see the README, \"Signing in\") and start again.", cause);
    }
}
