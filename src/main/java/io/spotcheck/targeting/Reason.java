package io.spotcheck.targeting;

/** Why a batch is in the plan (CONTRACT §2 reasons), each belonging to one tier. */
public enum Reason {
    PRIOR_YEAR_FAILURE(Tier.MANDATORY),
    LEVEL_ONE_COVERAGE(Tier.MANDATORY),
    KEY_CATALOGUE_COVERAGE(Tier.MANDATORY),
    HIGH_CREDIT_RISK(Tier.PRIORITY),
    ELEVATED_CREDIT_RISK(Tier.PRIORITY),
    RISK_SIGNAL(Tier.PRIORITY),
    RANDOM_DRAW(Tier.RANDOM);

    private final Tier tier;

    Reason(Tier tier) {
        this.tier = tier;
    }

    public Tier tier() {
        return tier;
    }
}
