package io.spotcheck.casefile;

import io.spotcheck.engine.Describable;

/** The firm under decision; {@code district} is null for a firm outside Shanghai. */
public record Firm(String uscc, String name, String district, Role role, CreditRisk creditRisk,
                   boolean industryLeader, Boolean reachable) implements Describable {
    public String describe() {
        return "firm " + uscc + " (" + role + (district == null ? ", outside Shanghai" : ", " + district)
                + (industryLeader ? ", industry leader" : "") + (reachable == null ? "" : ", reachable=" + reachable) + ")";
    }
}
