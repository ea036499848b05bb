package io.spotcheck.filing;

import io.spotcheck.engine.Describable;

/** A case must be filed (立案), and why.
 *
 * @param reason SERIOUS_PROBLEM, SECOND_RECHECK_FAILED or UNLICENSED_PRODUCTION
 */
public record FilingObligation(Reason reason) implements Describable {

    public enum Reason { SERIOUS_PROBLEM, SECOND_RECHECK_FAILED, UNLICENSED_PRODUCTION }

    @Override
    public String describe() {
        return "filing obligation: " + reason;
    }
}
