package io.spotcheck.register;

/**
 * Who asks, as the register needs it: the name recorded with what they store, what their roles let them do, and the
 * district an officer is bound to ({@code null}: the municipal bureau, or not an officer).
 */
public record Caller(String name, boolean officer, boolean auditor, boolean admin, String district) {

    /** The authority naming an officer's district ({@code DISTRICT_浦东新区}), beside the {@code ROLE_…} ones. */
    public static final String DISTRICT = "DISTRICT_";

    /** A signed-in user from its name and granted authorities. */
    public static Caller of(String name, java.util.Collection<String> authorities) {
        String district = null;
        for (String a : authorities) {
            if (a.startsWith(DISTRICT)) {
                district = a.substring(DISTRICT.length());
            }
        }
        boolean officer = authorities.contains("ROLE_OFFICER");
        return new Caller(name, officer, authorities.contains("ROLE_AUDITOR"), authorities.contains("ROLE_ADMIN"),
                officer ? district : null);
    }

    /** The command line acts for the municipal bureau with every right. */
    public static Caller commandLine(String name) {
        return new Caller(name, true, true, true, null);
    }

    /** Sees every case: officers of the municipal bureau, auditors and admins. */
    public boolean seesAll() {
        return admin || auditor || (officer && district == null);
    }

    /** May see a case held by {@code holder} ({@code null}: the municipal bureau). */
    public boolean sees(String holder) {
        return seesAll() || (officer && district.equals(holder));
    }

    /** May record on a case held by {@code holder}: an officer of that district or of the municipal bureau, or an admin. */
    public boolean records(String holder) {
        return admin || (officer && (district == null || district.equals(holder)));
    }

    /** A district-bound officer lists only the decisions it requested (CONTRACT §7): its name, else null (all). */
    public String ownDecisionsOnly() {
        return officer && district != null && !admin && !auditor ? name : null;
    }

    public boolean readsCases() {
        return officer || auditor || admin;
    }
}
