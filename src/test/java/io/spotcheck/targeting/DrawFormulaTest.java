package io.spotcheck.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Re-derives the random part of a plan from the formula the README documents, written again here from scratch
 * (BigInteger, BigDecimal), as a third party holding the inputs and the seed would.
 */
class DrawFormulaTest {

    private static double u(String seed, String pool, String uscc, String category) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256")
                .digest((seed + "|" + pool + "|" + uscc + "|" + category).getBytes(StandardCharsets.UTF_8));
        BigInteger first8 = new BigInteger(1, java.util.Arrays.copyOf(d, 8));
        return new BigDecimal(first8).add(new BigDecimal("0.5"))
                .divide(new BigDecimal(BigInteger.ONE.shiftLeft(64)), MathContext.DECIMAL128).doubleValue();
    }

    @Test
    void theRandomDrawIsTheLargestLnUOverWeight() throws Exception {
        // credit A (1) and D (8) firms, risk levels 2 (2) and 3 (1); no history, no signals: only the draw decides
        PlanData data = new PlanData().category("R2", 2, false).category("R3", 3, false);
        record Pair(String uscc, String category, double weight) { }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String credit = i % 10 == 0 ? "D" : "A";
            data.firm(i, credit, "R2", "R3");
            double cw = credit.equals("D") ? 8 : 1;
            pairs.add(new Pair(PlanData.uscc(i), "R2", cw * 2));
            pairs.add(new Pair(PlanData.uscc(i), "R3", cw * 1));
        }
        int budget = 25;
        String seed = "20270101";
        // the D firms' shares are met first (60% of 4 → 3 firms), by their highest-risk pair
        Plan plan = data.plan(2027, budget, seed);
        Set<String> priority = plan.rows().stream().filter(r -> r.tier() != Tier.RANDOM)
                .map(r -> r.uscc() + "/" + r.categoryCode()).collect(Collectors.toSet());
        List<Pair> remaining = new ArrayList<>();
        for (Pair p : pairs) {
            if (!priority.contains(p.uscc() + "/" + p.category())) {
                remaining.add(p);
            }
        }
        List<String> expected = new ArrayList<>();
        for (Pair p : remaining) {
            expected.add(p.uscc() + "/" + p.category());
        }
        List<Double> scores = new ArrayList<>();
        for (Pair p : remaining) {
            scores.add(StrictMath.log(u(seed, "RANDOM", p.uscc(), p.category())) / p.weight());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < remaining.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> scores.get(i)).reversed());
        Set<String> drawnByFormula = order.subList(0, budget - priority.size()).stream().map(expected::get)
                .collect(Collectors.toSet());

        Set<String> drawnByPlan = plan.rows().stream().filter(r -> r.tier() == Tier.RANDOM)
                .map(r -> r.uscc() + "/" + r.categoryCode()).collect(Collectors.toSet());

        assertThat(priority).hasSize(3);
        assertThat(drawnByPlan).hasSize(budget - 3).isEqualTo(drawnByFormula);
    }

    @Test
    void uIsStrictlyBetweenZeroAndOne() {
        assertThat(DrawKeys.u(0L)).isGreaterThan(0);
        assertThat(DrawKeys.u(-1L)).isLessThanOrEqualTo(1.0);
        assertThat(DrawKeys.u(Long.MIN_VALUE)).isEqualTo(0.5);
    }
}
