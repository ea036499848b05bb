package io.spotcheck.targeting;

import io.spotcheck.casefile.CreditRisk;
import io.spotcheck.shared.Background;
import io.spotcheck.targeting.ProfileClassifier.PairClass;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Fills the budget tier by tier in the contract's order (CONTRACT §2 "Plan semantics"). The rules said what each
 * pair is a candidate for; this decides which candidates each need selects, in draw order. A step whose need is
 * already met by a pair in the plan adds its reason to that pair, so a batch shows every reason it serves.
 */
final class Allocator {

    /** The mandatory part alone does not fit the budget: the plan cannot be made. */
    static final class MandatoryExceedsBudget extends RuntimeException {
        final int needed;

        MandatoryExceedsBudget(int needed, int budget) {
            super("the mandatory batches alone need " + needed + " batches but the budget is " + budget);
            this.needed = needed;
        }
    }

    /** The allocation: selected pairs in the order they were added, with their reasons, and what was left out. */
    record Allocation(Map<Integer, Set<Reason>> selected, int keyRequired, int keyUncovered, int priorityCut) {
    }

    private final PlanInput in;
    private final java.util.concurrent.Future<long[]> randomKeys;
    private final PairClass[] classes;
    private final PlanRequest request;
    private final PlanParameters params;
    private final DrawKeys keys;
    private final Map<Integer, Set<Reason>> plan = new LinkedHashMap<>();
    private final boolean[] inPlan;
    private final int[] firmFirstSelected;

    /** {@code randomKeys}: every pair's key in the pool RANDOM, from {@link #randomKeys(PlanInput, String)}. */
    Allocator(PlanInput in, PairClass[] classes, PlanRequest request, PlanParameters params,
              java.util.concurrent.Future<long[]> randomKeys) {
        this.in = in;
        this.randomKeys = randomKeys;
        this.classes = classes;
        this.request = request;
        this.params = params;
        this.keys = new DrawKeys(request.seed());
        this.inPlan = new boolean[in.pairs()];
        this.firmFirstSelected = new int[in.firms().size()];
        java.util.Arrays.fill(firmFirstSelected, -1);
    }

    Allocation allocate() {
        trackingPairs();
        levelOneCoverage();
        int[] key = keyCatalogueCoverage();
        if (plan.size() > request.budget()) {
            throw new MandatoryExceedsBudget(plan.size(), request.budget());
        }
        int[] remaining = {request.budget() - plan.size()};
        int cut = creditShare(Reason.HIGH_CREDIT_RISK, params.creditRatioD(), "CREDIT:D", remaining)
                + creditShare(Reason.ELEVATED_CREDIT_RISK, params.creditRatioC(), "CREDIT:C", remaining)
                + signals(remaining);
        randomDraw(remaining[0]);
        return new Allocation(plan, key[0], key[1], cut);
    }

    private boolean eligible(int p) {
        return classes[p].exclusion() == null;
    }

    private boolean candidate(int p, Reason r) {
        return eligible(p) && classes[p].candidate(r);
    }

    private void add(int p, Reason reason) {
        plan.computeIfAbsent(p, k -> EnumSet.noneOf(Reason.class)).add(reason);
        inPlan[p] = true;
        int f = in.pairFirm()[p];
        if (firmFirstSelected[f] < 0) {
            firmFirstSelected[f] = p;
        }
    }

    private String uscc(int p) {
        return in.firms().uscc()[in.pairFirm()[p]];
    }

    private String category(int p) {
        return in.catalogue().get(in.pairCategory()[p]).code();
    }

    private long key(String pool, int p) {
        return keys.key(pool, uscc(p), category(p));
    }

    /** Ascending key order; the (never yet seen) equal 64-bit prefix falls back to uscc, then category. */
    private Comparator<long[]> byKey() {
        return (a, b) -> {
            int c = Long.compareUnsigned(a[0], b[0]);
            if (c != 0) {
                return c;
            }
            c = uscc((int) a[1]).compareTo(uscc((int) b[1]));
            return c != 0 ? c : category((int) a[1]).compareTo(category((int) b[1]));
        };
    }

    /** {@code pairs} in ascending draw-key order of {@code pool}. */
    private List<Integer> inDrawOrder(String pool, List<Integer> pairs) {
        List<long[]> keyed = new ArrayList<>(pairs.size());
        for (int p : pairs) {
            keyed.add(new long[] {key(pool, p), p});
        }
        keyed.sort(byKey());
        return keyed.stream().map(k -> (int) k[1]).toList();
    }

    private void trackingPairs() {
        List<Integer> tracking = new ArrayList<>();
        for (int p = 0; p < in.pairs(); p++) {
            if (candidate(p, Reason.PRIOR_YEAR_FAILURE)) {
                tracking.add(p);
            }
        }
        tracking.sort(Comparator.comparing(this::uscc).thenComparing(this::category));
        tracking.forEach(p -> add(p, Reason.PRIOR_YEAR_FAILURE));
    }

    private static int creditRank(CreditRisk c) {
        return c == null ? 4 : 3 - c.ordinal(); // D, C, B, A, then no class
    }

    private void levelOneCoverage() {
        var categories = in.catalogue().categories();
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            order.add(c);
        }
        order.sort(Comparator.comparing(c -> categories.get(c).code()));
        List<List<Integer>> candidates = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            candidates.add(new ArrayList<>());
        }
        for (int p = 0; p < in.pairs(); p++) {
            if (candidate(p, Reason.LEVEL_ONE_COVERAGE)) {
                candidates.get(in.pairCategory()[p]).add(p);
            }
        }
        for (int c : order) {
            int counted = markExisting(c, Reason.LEVEL_ONE_COVERAGE, params.minBatchesLevelOne());
            int need = params.minBatchesLevelOne() - counted;
            if (need <= 0) {
                continue;
            }
            String pool = "LEVEL_ONE:" + categories.get(c).code();
            List<List<Integer>> byRank = new ArrayList<>();
            for (int r = 0; r < 5; r++) {
                byRank.add(new ArrayList<>());
            }
            for (int p : candidates.get(c)) {
                if (!inPlan[p]) {
                    byRank.get(creditRank(in.firms().credit()[in.pairFirm()[p]])).add(p);
                }
            }
            for (List<Integer> rank : byRank) {
                if (need <= 0) {
                    break;
                }
                for (int p : inDrawOrder(pool, rank)) {
                    if (need-- <= 0) {
                        break;
                    }
                    add(p, Reason.LEVEL_ONE_COVERAGE);
                }
            }
        }
    }

    /** Adds {@code reason} to the first {@code max} planned pairs of category {@code c} that are its candidates. */
    private int markExisting(int c, Reason reason, int max) {
        int n = 0;
        for (var e : plan.entrySet()) {
            int p = e.getKey();
            if (n < max && in.pairCategory()[p] == c && classes[p].candidate(reason)) {
                e.getValue().add(reason);
                n++;
            }
        }
        return n;
    }

    /** Returns {required this year, uncovered before the plan}. */
    private int[] keyCatalogueCoverage() {
        var categories = in.catalogue().categories();
        boolean[] uncovered = new boolean[categories.size()];
        int u = 0;
        for (int c = 0; c < categories.size(); c++) {
            uncovered[c] = categories.get(c).key() && !in.categoryCheckedThisPeriod()[c];
            u += uncovered[c] ? 1 : 0;
        }
        int yearsLeft = params.periodEnd(request.year()) - request.year() + 1;
        int required = (u + yearsLeft - 1) / yearsLeft;
        boolean[] covered = new boolean[categories.size()];
        int have = 0;
        for (int c = 0; c < categories.size(); c++) {
            if (uncovered[c] && markExisting(c, Reason.KEY_CATALOGUE_COVERAGE, 1) > 0) {
                covered[c] = true;
                have++;
            }
        }
        if (have < required) {
            List<Integer> pool = new ArrayList<>();
            for (int p = 0; p < in.pairs(); p++) {
                int c = in.pairCategory()[p];
                if (uncovered[c] && !covered[c] && !inPlan[p] && candidate(p, Reason.KEY_CATALOGUE_COVERAGE)) {
                    pool.add(p);
                }
            }
            for (int p : inDrawOrder("KEY_CATALOGUE", pool)) {
                int c = in.pairCategory()[p];
                if (have >= required) {
                    break;
                }
                if (!covered[c]) {
                    covered[c] = true;
                    have++;
                    add(p, Reason.KEY_CATALOGUE_COVERAGE);
                }
            }
        }
        return new int[] {required, u};
    }

    /** Gives at least {@code ratio} of the firms that are candidates for {@code reason} a batch; returns the cut. */
    private int creditShare(Reason reason, double ratio, String pool, int[] remaining) {
        List<Integer> firms = firmsWithCandidate(reason);
        int quota = new BigDecimal(Double.toString(ratio)).multiply(BigDecimal.valueOf(firms.size()))
                .setScale(0, RoundingMode.CEILING).intValueExact();
        return giveFirmsABatch(reason, pool, firms, quota, remaining);
    }

    private int signals(int[] remaining) {
        List<Integer> firms = firmsWithCandidate(Reason.RISK_SIGNAL);
        return giveFirmsABatch(Reason.RISK_SIGNAL, "SIGNAL", firms, firms.size(), remaining);
    }

    private List<Integer> firmsWithCandidate(Reason reason) {
        List<Integer> out = new ArrayList<>();
        int[] first = in.firms().firstPair();
        for (int f = 0; f < in.firms().size(); f++) {
            for (int p = first[f]; p < first[f + 1]; p++) {
                if (candidate(p, reason)) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Firms already in the plan count (their first batch gets the reason); of the others, each gets its
     * highest-risk eligible pair, in draw order, until {@code quota} firms have a batch or the budget is spent.
     */
    private int giveFirmsABatch(Reason reason, String pool, List<Integer> firms, int quota, int[] remaining) {
        int have = 0;
        List<Integer> wanting = new ArrayList<>();
        for (int f : firms) {
            if (firmFirstSelected[f] >= 0) {
                plan.get(firmFirstSelected[f]).add(reason);
                have++;
            } else {
                wanting.add(highestRiskPair(f, reason, pool));
            }
        }
        int cut = 0;
        for (int p : inDrawOrder(pool, wanting)) {
            if (have >= quota) {
                break;
            }
            if (remaining[0] > 0) {
                add(p, reason);
                remaining[0]--;
            } else {
                cut++;
            }
            have++;
        }
        return cut;
    }

    /** The firm's eligible candidate pair of the highest-risk category (level 1 first), ties in draw order. */
    private int highestRiskPair(int f, Reason reason, String pool) {
        int[] first = in.firms().firstPair();
        List<Integer> best = new ArrayList<>();
        int bestLevel = Integer.MAX_VALUE;
        for (int p = first[f]; p < first[f + 1]; p++) {
            if (!candidate(p, reason)) {
                continue;
            }
            int level = in.catalogue().get(in.pairCategory()[p]).riskLevel();
            if (level < bestLevel) {
                bestLevel = level;
                best.clear();
            }
            if (level == bestLevel) {
                best.add(p);
            }
        }
        return best.size() == 1 ? best.get(0) : inDrawOrder(pool, best).get(0);
    }

    private record Scored(double score, long key, int pair) {
    }

    /**
     * Starts computing every pair's draw key in the pool RANDOM on a thread of its own, as soon as the pairs are
     * known: a key is a SHA-256 and there are a million, and the classification and the allocation's first steps
     * leave the second core mostly idle. The random draw waits for them.
     */
    static java.util.concurrent.Future<long[]> randomKeys(PlanInput in, String seed) {
        return Background.start("random-draw-keys", () -> {
            DrawKeys draw = new DrawKeys(seed);
            long[] keys = new long[in.pairs()];
            for (int p = 0; p < keys.length; p++) {
                if ((p & 0xffff) == 0 && Thread.currentThread().isInterrupted()) {
                    return null; // cancelled: the plan stopped before its draw
                }
                keys[p] = draw.key("RANDOM", in.firms().uscc()[in.pairFirm()[p]],
                        in.catalogue().get(in.pairCategory()[p]).code());
            }
            return keys;
        });
    }

    /**
     * The weighted draw without replacement: the {@code n} largest {@code ln(u)/w} of the remaining eligible pairs.
     * The two halves of the pairs are scored on two threads; the {@code n} best of both halves' {@code n} best are
     * the {@code n} best of all, the order being total.
     */
    private void randomDraw(int n) {
        if (n <= 0) {
            return;
        }
        long[] keys = Background.join(randomKeys, "drawing");
        Comparator<Scored> order = Comparator.comparingDouble(Scored::score)
                .thenComparing((a, b) -> byKey().compare(new long[] {b.key(), b.pair()}, new long[] {a.key(), a.pair()}));
        int half = in.pairs() / 2;
        List<Scored> drawn = java.util.stream.Stream.of(new int[] {0, half}, new int[] {half, in.pairs()}).parallel()
                .map(range -> best(n, order, keys, range[0], range[1])).flatMap(List::stream)
                .sorted(order.reversed()).limit(n).toList();
        drawn.forEach(d -> add(d.pair(), Reason.RANDOM_DRAW));
    }

    /** The {@code n} best eligible pairs from {@code from} (inclusive) to {@code to}, in no particular order. */
    private List<Scored> best(int n, Comparator<Scored> order, long[] keys, int from, int to) {
        PriorityQueue<Scored> best = new PriorityQueue<>(Math.min(n, to - from) + 1, order);
        for (int p = from; p < to; p++) {
            if (!eligible(p) || inPlan[p] || classes[p].weight() <= 0) {
                continue;
            }
            long k = keys[p];
            double score = DrawKeys.score(k, classes[p].weight());
            if (best.size() < n) {
                best.add(new Scored(score, k, p));
            } else if (Double.compare(score, best.peek().score()) >= 0) { // a lower score never enters
                Scored s = new Scored(score, k, p);
                if (order.compare(s, best.peek()) > 0) {
                    best.poll();
                    best.add(s);
                }
            }
        }
        return new ArrayList<>(best);
    }
}
