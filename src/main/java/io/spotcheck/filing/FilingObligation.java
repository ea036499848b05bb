package io.spotcheck.filing;

import io.spotcheck.engine.Describable;

/** A case must be filed (立案), and why.
 *
 * @param reason SERIOUS_PROBLEM or SECOND_RECHECK_FAILED
 */
public record FilingObligation(Reason reason) implements Describable {

    public enum Reason { SERIOUS_PROBLEM, SECOND_RECHECK_FAILED }

    @Override
    public String describe() {
        return "filing obligation: " + reason;
    }
}
