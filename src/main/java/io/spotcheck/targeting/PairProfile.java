package io.spotcheck.targeting;

import io.spotcheck.casefile.CreditRisk;
import io.spotcheck.engine.Describable;

/**
 * What the targeting rules know of one (firm, category) pair. Pairs with the same profile are classified alike,
 * so the rules run once per distinct profile, not once per pair. Windows come from rules/targeting/parameters.csv:
 * {@code recent…} = a check of that level after the plan start minus {@code no_repeat_window_months};
 * {@code failedInTrackingYears} = a FAIL (any level) in the {@code tracking_lookback_years} before the plan year;
 * {@code uncoveredThisPeriod} = no check of the category (any firm, any level) since the coverage period began;
 * {@code complaint}/{@code penalty}/{@code recall} = such a signal in the {@code signal_window_months} before the start.
 */
public record PairProfile(boolean reachable, boolean recentNational, boolean recentMunicipal, boolean recentDistrict,
                          boolean failedInTrackingYears, int riskLevel, boolean keyCatalogue,
                          boolean uncoveredThisPeriod, CreditRisk creditRisk, boolean complaint, boolean penalty,
                          boolean recall) implements Describable {

    @Override
    public String describe() {
        return "pair profile: risk level " + riskLevel + (keyCatalogue ? ", key catalogue" : "")
                + (uncoveredThisPeriod ? " (uncovered this period)" : "") + ", credit "
                + (creditRisk == null ? "none" : creditRisk) + (reachable ? "" : ", unreachable")
                + (recentNational ? ", recent national check" : "") + (recentMunicipal ? ", recent municipal check" : "")
                + (recentDistrict ? ", recent district check" : "")
                + (failedInTrackingYears ? ", failed last year" : "") + (complaint ? ", complaint" : "")
                + (penalty ? ", penalty" : "") + (recall ? ", recall" : "");
    }
}
