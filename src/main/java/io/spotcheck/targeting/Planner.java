package io.spotcheck.targeting;

import io.spotcheck.engine.RuleBase;
import io.spotcheck.shared.Background;
import io.spotcheck.targeting.ProfileClassifier.PairClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;

/** Makes the annual sampling plan: read and check the inputs, classify pairs by the rules, allocate, match inspectors. */
public final class Planner {

    private final RuleBase rules;
    private final PlanParameters params;
    private final long maxRows;

    public Planner(RuleBase rules, long maxRows) {
        this.rules = rules;
        this.params = rules.data(PlanParameters.class, PlanParameters::from);
        this.maxRows = maxRows;
    }

    /** A plan that cannot be made from valid inputs, e.g. the mandatory batches alone exceed the budget. */
    public static final class CannotPlan extends RuntimeException {
        CannotPlan(String message) {
            super(message);
        }
    }

    /** The files of a plan, by name ({@code catalogue.csv}, …); {@code open} returns null for an absent file. */
    /** The plan's files, in the order planners are asked for them: three required, two optional. */
    public static final java.util.List<String> FILES = PlanInputReader.FILES;

    public interface Files extends PlanInputReader.Files {
    }

    /** Merely parses every plan file present (the benchmark's baseline); returns the characters read. */
    public static long parseOnly(Files files) throws java.io.IOException {
        long chars = 0;
        for (String name : PlanInputReader.FILES) {
            try (var in = files.open(name)) {
                if (in != null) {
                    chars += io.spotcheck.tabular.Table.parseOnly(in);
                }
            }
        }
        return chars;
    }

    public Plan plan(PlanRequest request, Files files, Progress progress) {
        PlanInput in = new PlanInputReader(request, params, maxRows, progress).read(files);
        var randomKeys = Allocator.randomKeys(in, request.seed());
        try {
            return plan(in, request, randomKeys, progress);
        } finally {
            randomKeys.cancel(true); // done by now, or not needed: a plan that stops early stops the keys too
        }
    }

    private Plan plan(PlanInput in, PlanRequest request, Future<long[]> randomKeys,
                      Progress progress) {
        PairClass[] classes = classify(in, request);
        progress.step("classified " + String.format("%,d", in.pairs()) + " pairs");
        Allocator.Allocation allocation;
        try {
            allocation = new Allocator(in, classes, request, params, randomKeys).allocate();
        } catch (Allocator.MandatoryExceedsBudget e) {
            throw new CannotPlan("the mandatory part of the plan needs " + e.needed + " batches; the budget is "
                    + request.budget() + ": raise --budget to at least " + e.needed);
        }
        progress.step("allocated " + allocation.selected().size() + " batches");
        List<Plan.Row> rows = rows(in, allocation, request.seed());
        progress.step("matched inspectors");
        return new Plan(rows, summary(in, classes, request, allocation, rows));
    }

    /**
     * Classifies every pair: the distinct profiles are found in one pass, the rules run once for each of them (a
     * few hundred runs, on two threads: in a fresh JVM they are a fixed cost of the plan), then each pair takes its
     * profile's class.
     */
    private PairClass[] classify(PlanInput in, PlanRequest request) {
        ProfileClassifier classifier = new ProfileClassifier(rules, params);
        var firms = in.firms();
        int[] codes = new int[in.pairs()];
        boolean[] seen = new boolean[1 << 16]; // by profile code
        List<PairProfile> profiles = new ArrayList<>();
        for (int p = 0; p < in.pairs(); p++) {
            int f = in.pairFirm()[p];
            int c = in.pairCategory()[p];
            var category = in.catalogue().get(c);
            byte flags = in.pairFlags()[p];
            byte signals = in.firmSignals()[f];
            PairProfile profile = new PairProfile(firms.reachable()[f],
                    (flags & PlanInput.RECENT_NATIONAL) != 0, (flags & PlanInput.RECENT_MUNICIPAL) != 0,
                    (flags & PlanInput.RECENT_DISTRICT) != 0, (flags & PlanInput.FAILED_TRACKING) != 0,
                    category.riskLevel(), category.key(), category.key() && !in.categoryCheckedThisPeriod()[c],
                    firms.credit()[f], (signals & PlanInput.COMPLAINT) != 0, (signals & PlanInput.PENALTY) != 0,
                    (signals & PlanInput.RECALL) != 0);
            codes[p] = ProfileClassifier.code(profile);
            if (!seen[codes[p]]) {
                seen[codes[p]] = true;
                profiles.add(profile);
            }
        }
        PairClass[] byCode = new PairClass[1 << 16];
        List<PairClass> classes = profiles.parallelStream().map(classifier::classify).toList();
        for (int i = 0; i < profiles.size(); i++) {
            byCode[ProfileClassifier.code(profiles.get(i))] = classes.get(i);
        }
        PairClass[] out = new PairClass[in.pairs()];
        for (int p = 0; p < in.pairs(); p++) {
            out[p] = byCode[codes[p]];
        }
        return out;
    }

    /** The reasons in the order a row lists them: by name. */
    private static final Reason[] REASONS_BY_NAME = java.util.Arrays.stream(Reason.values())
            .sorted(Comparator.comparing(Enum::name)).toArray(Reason[]::new);

    private static List<Plan.Row> rows(PlanInput in, Allocator.Allocation allocation, String seed) {
        record Selected(int pair, Tier tier, List<Reason> reasons, String uscc, String category) {
        }
        int batches = allocation.selected().size(); // the matching needs only their number: it runs meanwhile
        var matching = Background.start("inspector-matcher",
                () -> new InspectorMatcher(in.inspectors(), seed).match(batches));
        List<Selected> selected = new ArrayList<>(batches);
        allocation.selected().forEach((p, reasons) -> {
            List<Reason> sorted = new ArrayList<>(reasons.size());
            Tier tier = null;
            for (Reason r : REASONS_BY_NAME) {
                if (reasons.contains(r)) {
                    sorted.add(r);
                    tier = tier == null || r.tier().compareTo(tier) < 0 ? r.tier() : tier;
                }
            }
            if (tier == null) {
                throw new IllegalStateException("a planned pair without a reason");
            }
            selected.add(new Selected(p, tier, List.copyOf(sorted), in.firms().uscc()[in.pairFirm()[p]],
                    in.catalogue().get(in.pairCategory()[p]).code()));
        });
        selected.sort((a, b) -> {
            int c = a.tier().compareTo(b.tier());
            if (c == 0) {
                c = a.uscc().compareTo(b.uscc());
            }
            return c != 0 ? c : a.category().compareTo(b.category());
        });
        var inspectors = Background.join(matching, "matching inspectors");
        List<Plan.Row> rows = new ArrayList<>(selected.size());
        for (int i = 0; i < selected.size(); i++) {
            Selected s = selected.get(i);
            int f = in.pairFirm()[s.pair()];
            rows.add(new Plan.Row(s.uscc(), in.firms().name()[f], in.firms().district()[f], s.category(), s.tier(),
                    s.reasons(), inspectors.get(i)));
        }
        return rows;
    }

    private PlanSummary summary(PlanInput in, PairClass[] classes, PlanRequest request,
                                Allocator.Allocation allocation, List<Plan.Row> rows) {
        Map<Tier, Integer> byTier = new EnumMap<>(Tier.class);
        Map<Reason, Integer> byReason = new EnumMap<>(Reason.class);
        for (Tier t : Tier.values()) {
            byTier.put(t, 0);
        }
        for (Reason r : Reason.values()) {
            byReason.put(r, 0);
        }
        int[] perCategory = new int[in.catalogue().size()];
        for (Plan.Row row : rows) {
            byTier.merge(row.tier(), 1, Integer::sum);
            row.reasons().forEach(r -> byReason.merge(r, 1, Integer::sum));
            perCategory[in.catalogue().index().get(row.categoryCode())]++;
        }
        int levelOneTotal = 0;
        int levelOneCovered = 0;
        int keyTotal = 0;
        int keyBefore = 0;
        int keyThisYear = 0;
        for (int c = 0; c < in.catalogue().size(); c++) {
            var category = in.catalogue().get(c);
            if (category.riskLevel() == 1) {
                levelOneTotal++;
                levelOneCovered += perCategory[c] >= params.minBatchesLevelOne() ? 1 : 0;
            }
            if (category.key()) {
                keyTotal++;
                boolean before = in.categoryCheckedThisPeriod()[c];
                keyBefore += before ? 1 : 0;
                keyThisYear += !before && perCategory[c] > 0 ? 1 : 0;
            }
        }
        List<PlanSummary.QualityAnalysis> quality = qualityAnalysis(in);
        Map<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);
        for (Exclusion e : Exclusion.values()) {
            excluded.put(e, 0);
        }
        Map<PairClass, Integer> pairsOfClass = new java.util.IdentityHashMap<>(); // a few hundred classes
        for (PairClass pc : classes) {
            pairsOfClass.merge(pc, 1, Integer::sum);
        }
        Map<String, Integer> fired = new TreeMap<>();
        pairsOfClass.forEach((pc, n) -> {
            if (pc.exclusion() != null) {
                excluded.merge(pc.exclusion(), n, Integer::sum);
            }
            pc.fired().forEach(id -> fired.merge(id, n, Integer::sum));
        });
        int periodStart = params.periodStart(request.year());
        return new PlanSummary(null, request.year(), request.start(), request.budget(), request.seed(),
                rules.version(), in.inputDigest(), rows.size(), byTier, byReason,
                new PlanSummary.LevelOne(levelOneCovered, levelOneTotal),
                new PlanSummary.KeyCatalogue(periodStart + "-" + params.periodEnd(request.year()), keyBefore,
                        allocation.keyRequired(), keyThisYear, keyTotal),
                excluded, allocation.priorityCut(), List.copyOf(quality), fired, encodings(in), names(in, rows));
    }

    /** The names of the categories and inspectors the plan uses, for the workbook beside plan.csv. */
    private static PlanSummary.Names names(PlanInput in, List<Plan.Row> rows) {
        Map<String, String> categories = new TreeMap<>();
        Map<String, String> inspectors = new TreeMap<>();
        Map<String, String> inspectorNames = new java.util.HashMap<>();
        in.inspectors().forEach(i -> inspectorNames.put(i.id(), i.name()));
        java.util.Set<String> categoryCodes = new java.util.HashSet<>();
        java.util.Set<String> inspectorIds = new java.util.HashSet<>();
        for (Plan.Row row : rows) {
            categoryCodes.add(row.categoryCode());
            inspectorIds.addAll(row.inspectors());
        }
        categoryCodes.forEach(code -> categories.put(code, in.catalogue().get(in.catalogue().index().get(code)).name()));
        inspectorIds.forEach(id -> inspectors.put(id, inspectorNames.getOrDefault(id, "")));
        return new PlanSummary.Names(categories, inspectors);
    }

    /** What each input file was found to be ({@code UTF-8}, {@code UTF-8 (BOM)}, {@code GB18030}, {@code XLSX}). */
    private static Map<String, String> encodings(PlanInput in) {
        Map<String, String> out = new TreeMap<>();
        in.encodings().forEach((file, encoding) -> out.put(file, encoding.label()));
        return out;
    }

    /**
     * The categories the rules find due a quality analysis (TGT-040, 251号 三(一)), from last year's batches of
     * every category that had any; one rule run for the whole catalogue.
     */
    private List<PlanSummary.QualityAnalysis> qualityAnalysis(PlanInput in) {
        List<Object> facts = new ArrayList<>();
        facts.add(new QualityAnalysisThreshold(params.qualityAnalysisFailureRate(), params.qualityAnalysisMinBatches()));
        for (int c = 0; c < in.catalogue().size(); c++) {
            if (in.categoryBatchesLastYear()[c] > 0) {
                facts.add(CategoryResults.of(in.catalogue().get(c).code(), in.categoryBatchesLastYear()[c],
                        in.categoryFailsLastYear()[c]));
            }
        }
        List<PlanSummary.QualityAnalysis> quality = new ArrayList<>();
        for (Object fact : rules.run(RuleBase.Flow.PLAN, facts).facts()) {
            if (fact instanceof QualityAnalysisDue due) {
                int c = in.catalogue().index().get(due.categoryCode());
                int batches = in.categoryBatchesLastYear()[c];
                int failed = in.categoryFailsLastYear()[c];
                quality.add(new PlanSummary.QualityAnalysis(due.categoryCode(), in.catalogue().get(c).name(), batches,
                        failed, Math.round(10000.0 * failed / batches) / 10000.0));
            }
        }
        quality.sort(Comparator.comparing(PlanSummary.QualityAnalysis::categoryCode));
        return quality;
    }
}
