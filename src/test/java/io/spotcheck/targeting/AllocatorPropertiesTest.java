package io.spotcheck.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Invariants of the plan over random registers, histories, budgets and seeds. */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("AllocatorPropertiesTest")
class AllocatorPropertiesTest {

    private static final String[] CODES = {"L1A", "L1B", "K2", "K3", "X2", "X3"};

    record Register(PlanData data, int firms, int mandatoryLowerBound) {
    }

    @Provide
    Arbitrary<Register> registers() {
        return Combinators.combine(Arbitraries.integers().between(1, 60), Arbitraries.longs())
                .as((n, seed) -> {
                    var random = new java.util.SplittableRandom(seed);
                    PlanData d = new PlanData().category("L1A", 1, true).category("L1B", 1, false)
                            .category("K2", 2, true).category("K3", 3, true).category("X2", 2, false)
                            .category("X3", 3, false).inspectors(2 + random.nextInt(6));
                    String[] credits = {"A", "B", "C", "D", ""};
                    int tracking = 0;
                    for (int i = 1; i <= n; i++) {
                        String c1 = CODES[random.nextInt(CODES.length)];
                        String c2 = CODES[random.nextInt(CODES.length)];
                        d.firm(i, credits[random.nextInt(5)], c1.equals(c2) ? new String[] {c1} : new String[] {c1, c2});
                        if (random.nextInt(8) == 0) {
                            d.check(i, c1, "DISTRICT", "FAIL", "2026-0" + (1 + random.nextInt(9)) + "-15");
                            tracking++;
                        }
                        if (random.nextInt(6) == 0) {
                            d.check(i, c2, "MUNICIPAL", "PASS", "2026-1" + random.nextInt(3) + "-01");
                        }
                        if (random.nextInt(10) == 0) {
                            d.signal(i, "COMPLAINT", "2026-05-05");
                        }
                    }
                    return new Register(d, n, tracking);
                });
    }

    private static Plan planOrNull(Register r, int budget, String seed) {
        try {
            return r.data().plan(2027, budget, seed);
        } catch (Planner.CannotPlan e) {
            return null;
        }
    }

    @Property(tries = 60)
    void budgetIsNeverExceeded(@ForAll("registers") Register r, @ForAll @IntRange(min = 0, max = 80) int budget) {
        Plan plan = planOrNull(r, budget, "s");

        if (plan != null) {
            assertThat(plan.rows()).hasSizeLessThanOrEqualTo(budget);
            assertThat(plan.summary().batches()).isEqualTo(plan.rows().size());
        }
    }

    @Property(tries = 60)
    void everyTrackingPairIsPlannedWhenItFits(@ForAll("registers") Register r) {
        Plan plan = planOrNull(r, 200, "s");

        assertThat(plan).isNotNull();
        long tracked = plan.rows().stream().filter(x -> x.reasons().contains(Reason.PRIOR_YEAR_FAILURE)).count();
        assertThat((int) tracked).isEqualTo(plan.summary().rulesFired().getOrDefault("TGT-010", 0));
        assertThat(plan.rows()).filteredOn(x -> x.reasons().contains(Reason.PRIOR_YEAR_FAILURE))
                .allSatisfy(x -> assertThat(x.tier()).isEqualTo(Tier.MANDATORY));
    }

    @Property(tries = 60)
    void creditSharesAreMetWhenNothingWasCut(@ForAll("registers") Register r,
                                             @ForAll @IntRange(min = 0, max = 120) int budget) {
        Plan plan = planOrNull(r, budget, "s");

        if (plan != null && plan.summary().priorityCut() == 0) {
            assertThat(plannedFirms(plan, Reason.HIGH_CREDIT_RISK)).isGreaterThanOrEqualTo(
                    (long) Math.ceil(0.6 * countEligible(r, "D") - 1e-9));
        }
    }

    @Property(tries = 40)
    void sameInputsAndSeedGiveTheSameBytes(@ForAll("registers") Register r, @ForAll @IntRange(max = 60) int budget) {
        Plan a = planOrNull(r, budget, "seed-1");
        Plan b = planOrNull(r, budget, "seed-1");

        if (a != null) {
            assertThat(a.csv()).isEqualTo(b.csv());
        }
    }

    @Property(tries = 40)
    void aNewSeedNeverChangesThePriorYearFailureRows(@ForAll("registers") Register r,
                                                     @ForAll @IntRange(max = 60) int budget) {
        Plan a = planOrNull(r, budget, "seed-1");
        Plan b = planOrNull(r, budget, "seed-2");

        if (a != null) {
            assertThat(tracking(b)).isEqualTo(tracking(a));
        }
    }

    @Property(tries = 60)
    void inspectorsAreTwoDistinctWithinTheCap(@ForAll("registers") Register r,
                                              @ForAll @IntRange(min = 1, max = 80) int budget) {
        Plan plan = planOrNull(r, budget, "s");
        if (plan == null || plan.rows().isEmpty()) {
            return;
        }
        Map<String, Integer> load = new HashMap<>();
        plan.rows().forEach(x -> x.inspectors().forEach(i -> load.merge(i, 1, Integer::sum)));

        assertThat(plan.rows()).allSatisfy(x -> assertThat(x.inspectors()).hasSize(2).doesNotHaveDuplicates());
        int cap = (int) Math.ceil(2.0 * plan.rows().size() / countInspectors(r));
        assertThat(load.values()).allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(cap));
    }

    private static int countInspectors(Register r) {
        try (var in = r.data().files().open("inspectors.csv")) {
            return (int) new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().count() - 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> tracking(Plan plan) {
        return plan.rows().stream().filter(x -> x.reasons().contains(Reason.PRIOR_YEAR_FAILURE))
                .map(x -> x.uscc() + "," + x.categoryCode() + "," + x.reasons()).sorted().toList();
    }

    private static long plannedFirms(Plan plan, Reason reason) {
        return plan.rows().stream().filter(x -> x.reasons().contains(reason)).map(Plan.Row::uscc).distinct().count();
    }

    /** Firms of a credit class with a pair not barred (all are reachable here; only the six-month rule bars). */
    private static int countEligible(Register r, String credit) {
        try (var firms = r.data().files().open("firms.csv"); var history = r.data().files().open("history.csv")) {
            var barred = new String(history.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> l.split(",")).filter(f -> f[2].equals("MUNICIPAL"))
                    .map(f -> f[0] + "/" + f[1]).collect(Collectors.toSet());
            var tracked = new String(r.data().files().open("history.csv").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).map(l -> l.split(","))
                    .filter(f -> f[3].equals("FAIL")).map(f -> f[0] + "/" + f[1]).collect(Collectors.toSet());
            return (int) new String(firms.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> l.split(",", -1)).filter(f -> f[4].equals(credit))
                    .filter(f -> java.util.Arrays.stream(f[5].split(";"))
                            .anyMatch(c -> !barred.contains(f[0] + "/" + c) || tracked.contains(f[0] + "/" + c)))
                    .count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
