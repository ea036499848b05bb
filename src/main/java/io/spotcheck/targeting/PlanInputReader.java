package io.spotcheck.targeting;

import io.spotcheck.casefile.CreditRisk;
import io.spotcheck.casefile.Districts;
import io.spotcheck.casefile.Level;
import io.spotcheck.casefile.Result;
import io.spotcheck.casefile.Role;
import io.spotcheck.casefile.Uscc;
import io.spotcheck.shared.Background;
import io.spotcheck.shared.Sha256;
import io.spotcheck.tabular.Cells;
import io.spotcheck.tabular.Encoding;
import io.spotcheck.tabular.Quote;
import io.spotcheck.tabular.Row;
import io.spotcheck.tabular.Table;
import io.spotcheck.targeting.Catalogue.Category;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks the plan's files (CONTRACT §2; CSV or XLSX, see {@link Table}), reducing history and signals to per-pair and per-firm
 * flags as it streams, so three million history rows are never held at once. Any bad row stops the plan:
 * {@link io.spotcheck.casefile.InvalidInputException} names each by file, line and column.
 */
final class PlanInputReader {

    static final String CATALOGUE = "catalogue.csv";
    static final String FIRMS = "firms.csv";
    static final String HISTORY = "history.csv";
    static final String SIGNALS = "signals.csv";
    static final String INSPECTORS = "inspectors.csv";
    static final List<String> FILES = List.of(CATALOGUE, FIRMS, HISTORY, SIGNALS, INSPECTORS);

    /** Where the files come from: a folder, or the parts of an upload. Null means the file is absent. */
    interface Files {
        InputStream open(String name) throws IOException;
    }

    private final PlanRequest request;
    private final PlanParameters params;
    private final long maxRows;
    private final Progress progress;
    private final PlanProblems problems = new PlanProblems();
    private final Map<String, String> digests = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final Map<String, Encoding> encodings = new java.util.concurrent.ConcurrentSkipListMap<>();

    PlanInputReader(PlanRequest request, PlanParameters params, long maxRows, Progress progress) {
        this.request = request;
        this.params = params;
        this.maxRows = maxRows;
        this.progress = progress;
    }

    /**
     * Reads the catalogue, then firms.csv and history.csv side by side (the history on a second thread, buffered
     * compactly until the firm register is known), then signals and inspectors.
     */
    PlanInput read(Files files) {
        Catalogue catalogue = catalogue(files);
        problems.throwIfAny();
        var pending = Background.start("history-reader", () -> historyRows(files, catalogue));
        FirmsBuilder firms = firms(files, catalogue);
        HistoryRows rows = Background.join(pending, "reading history.csv");
        problems.throwIfAny();
        HistoryFacts history = reduce(rows, catalogue, firms);
        byte[] signals = signals(files, firms);
        List<PlanInput.Inspector> inspectors = inspectors(files);
        problems.throwIfAny();
        return new PlanInput(catalogue, firms.build(), firms.pairFirm.toArray(), firms.pairCategory.toArray(),
                history.pairFlags, signals, history.checkedThisPeriod, history.batchesLastYear, history.failsLastYear,
                inspectors, Map.copyOf(digests), inputDigest(), Map.copyOf(encodings));
    }

    private long table(Files files, String name, boolean required, List<String> columns,
                       java.util.function.Consumer<Row> rows) {
        try (InputStream raw = files.open(name)) {
            if (raw == null) {
                if (required) {
                    problems.add(new io.spotcheck.casefile.Problem(name + ":0:0", "the file is missing"));
                }
                return 0;
            }
            MessageDigest sha = Sha256.digest();
            Table.Read read;
            try (var in = new DigestInputStream(raw, sha)) {
                read = new Table(name, problems::add).progress(Progress.EVERY, n -> progress.rows(name, n))
                        .read(in, columns, maxRows, rows);
            }
            long n = read.rows();
            digests.put(name, HexFormat.of().formatHex(sha.digest()));
            if (read.encoding() != null) {
                encodings.put(name, read.encoding());
            }
            progress.step("read " + name + ": " + String.format("%,d", n) + " rows");
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private Catalogue catalogue(Files files) {
        List<Category> categories = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        table(files, CATALOGUE, true, List.of("category_code", "name", "risk_level", "key_catalogue"), row -> {
            String code = row.get("category_code");
            if (code.isEmpty()) {
                row.problem("category_code", "is required");
                return;
            }
            if (index.containsKey(code)) {
                row.problem("category_code", Quote.of(code) + " is listed twice");
                return;
            }
            Integer level = switch (row.get("risk_level")) {
                case "1" -> 1;
                case "2" -> 2;
                case "3" -> 3;
                default -> null;
            };
            if (level == null) {
                row.problem("risk_level", Quote.of(row.get("risk_level")) + " must be 1, 2 or 3");
            }
            Boolean key = Cells.bool(row, "key_catalogue", null);
            String name = Cells.text(row, "name", false);
            if (level != null && key != null && name != null) {
                index.put(code, categories.size());
                categories.add(new Category(code, name, level, key));
            }
        });
        return new Catalogue(List.copyOf(categories), Map.copyOf(index));
    }

    private FirmsBuilder firms(Files files, Catalogue catalogue) {
        FirmsBuilder b = new FirmsBuilder();
        table(files, FIRMS, true, List.of("uscc", "name", "category_codes"), row -> {
            String uscc = Cells.uscc(row, "uscc");
            String name = Cells.text(row, "name", false);
            String district = row.get("district");
            if (!district.isEmpty() && !Districts.isShanghai(district)) {
                row.problem("district", Quote.of(district) + " is not one of Shanghai's 16 districts");
            }
            String role = row.get("role");
            if (!role.isEmpty() && !Cells.isCode(Role.class, role)) {
                row.problem("role", "unknown code " + Quote.of(role) + "; expected PRODUCER, SELLER or ONLINE_SELLER");
            }
            CreditRisk credit = Cells.optionalCode(row, "credit_risk", CreditRisk.class, "A, B, C, D or empty");
            Cells.bool(row, "industry_leader", false);
            Boolean reachable = Cells.bool(row, "reachable", true);
            int[] cats = categories(row, catalogue);
            if (uscc == null || name == null || reachable == null || cats == null) {
                return;
            }
            long previous = b.add(uscc, name, Districts.canonical(district), credit, reachable, cats,
                    row.line());
            if (previous > 0) {
                row.problem("uscc", uscc + " is a duplicate firm (first on line " + previous + ")");
            }
        });
        return b;
    }

    private int[] categories(Row row, Catalogue catalogue) {
        String text = row.get("category_codes");
        String[] codes = text.split(";"); // one plain character: String.split takes no regex for it
        if (text.isEmpty() || codes.length == 0) { // ";;" splits into nothing
            row.problem("category_codes", "is required (at least one category)");
            return null;
        }
        int[] out = new int[codes.length];
        int n = 0;
        for (String raw : codes) {
            String code = raw.strip();
            Integer c = catalogue.index().get(code);
            if (c == null) {
                row.problem("category_codes", Quote.of(code) + " is not in catalogue.csv");
                return null;
            }
            boolean seen = false;
            for (int i = 0; i < n; i++) {
                seen |= out[i] == c;
            }
            if (!seen) {
                out[n++] = c;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** What the history says, reduced to flags as it streams by. */
    private record HistoryFacts(byte[] pairFlags, boolean[] checkedThisPeriod, int[] batchesLastYear,
                                int[] failsLastYear) {
    }

    /** The history rows, checked and kept compactly: packed uscc, category, level and result, epoch day. */
    private static final class HistoryRows {
        final LongList high = new LongList();
        final LongList low = new LongList();
        final FirmsBuilder.IntList category = new FirmsBuilder.IntList();
        final FirmsBuilder.IntList levelAndResult = new FirmsBuilder.IntList();
        final FirmsBuilder.IntList day = new FirmsBuilder.IntList();
    }

    private HistoryRows historyRows(Files files, Catalogue catalogue) {
        HistoryRows rows = new HistoryRows();
        table(files, HISTORY, true, List.of("uscc", "category_code", "level", "result", "checked_on"), row -> {
            String uscc = Cells.uscc(row, "uscc");
            Integer c = category(row, catalogue);
            Level level = Cells.code(row, "level", Level.class);
            Result result = Cells.code(row, "result", Result.class);
            LocalDate date = Cells.date(row, "checked_on");
            if (uscc != null && c != null && level != null && result != null && date != null) {
                rows.high.add(Uscc.packHigh(uscc));
                rows.low.add(Uscc.packLow(uscc));
                rows.category.add(c);
                rows.levelAndResult.add(level.ordinal() * 2 + result.ordinal());
                rows.day.add((int) date.toEpochDay());
            }
        });
        return rows;
    }

    /** Reduces the history to category coverage, last year's failure rates and per-pair flags, on two threads. */
    private HistoryFacts reduce(HistoryRows rows, Catalogue catalogue, FirmsBuilder firms) {
        int n = rows.high.size();
        var halves = java.util.stream.IntStream.range(0, 2).parallel()
                .mapToObj(half -> reduce(rows, catalogue, firms, half * (n / 2), half == 0 ? n / 2 : n)).toList();
        HistoryFacts a = halves.get(0);
        HistoryFacts b = halves.get(1);
        for (int p = 0; p < a.pairFlags.length; p++) {
            a.pairFlags[p] |= b.pairFlags[p];
        }
        for (int c = 0; c < catalogue.size(); c++) {
            a.checkedThisPeriod[c] |= b.checkedThisPeriod[c];
            a.batchesLastYear[c] += b.batchesLastYear[c];
            a.failsLastYear[c] += b.failsLastYear[c];
        }
        progress.step("reduced " + String.format("%,d", n) + " history rows");
        return a;
    }

    private HistoryFacts reduce(HistoryRows rows, Catalogue catalogue, FirmsBuilder firms, int from, int to) {
        var h = new HistoryFacts(new byte[firms.pairCategory.size()], new boolean[catalogue.size()],
                new int[catalogue.size()], new int[catalogue.size()]);
        long periodStart = LocalDate.of(params.periodStart(request.year()), 1, 1).toEpochDay();
        long noRepeatAfter = request.start().minusMonths(params.noRepeatWindowMonths()).toEpochDay();
        long lastYearStart = LocalDate.of(request.year() - 1, 1, 1).toEpochDay();
        long trackingStart = LocalDate.of(request.year() - params.trackingLookbackYears(), 1, 1).toEpochDay();
        long yearStart = LocalDate.of(request.year(), 1, 1).toEpochDay();
        Level[] levels = Level.values();
        for (int i = from; i < to; i++) {
            int c = rows.category.get(i);
            long day = rows.day.get(i);
            Level level = levels[rows.levelAndResult.get(i) / 2];
            boolean failed = Result.values()[rows.levelAndResult.get(i) % 2] == Result.FAIL;
            if (day >= periodStart) {
                h.checkedThisPeriod[c] = true;
            }
            if (day >= lastYearStart && day < yearStart) {
                h.batchesLastYear[c]++;
                h.failsLastYear[c] += failed ? 1 : 0;
            }
            int pair = firms.pairOf(rows.high.get(i), rows.low.get(i), c);
            if (pair < 0) {
                continue; // a firm or product no longer in the register still counts for coverage above
            }
            if (day > noRepeatAfter) {
                h.pairFlags[pair] |= switch (level) {
                    case NATIONAL -> PlanInput.RECENT_NATIONAL;
                    case MUNICIPAL -> PlanInput.RECENT_MUNICIPAL;
                    case DISTRICT -> PlanInput.RECENT_DISTRICT;
                };
            }
            if (failed && day >= trackingStart && day < yearStart) {
                h.pairFlags[pair] |= PlanInput.FAILED_TRACKING;
            }
        }
        return h;
    }

    /** A growable long array. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }

    private byte[] signals(Files files, FirmsBuilder firms) {
        byte[] flags = new byte[firms.size()];
        long from = request.start().minusMonths(params.signalWindowMonths()).toEpochDay();
        long until = request.start().toEpochDay();
        table(files, SIGNALS, false, List.of("uscc", "kind", "date"), row -> {
            String uscc = Cells.uscc(row, "uscc");
            String kind = row.get("kind");
            byte flag = switch (kind) {
                case "COMPLAINT" -> PlanInput.COMPLAINT;
                case "PENALTY" -> PlanInput.PENALTY;
                case "RECALL" -> PlanInput.RECALL;
                default -> 0;
            };
            if (flag == 0) {
                row.problem("kind", "unknown code " + Quote.of(kind) + "; expected COMPLAINT, PENALTY or RECALL");
            }
            LocalDate date = Cells.date(row, "date");
            if (uscc == null || flag == 0 || date == null) {
                return;
            }
            int f = firms.index.get(uscc);
            long day = date.toEpochDay();
            if (f >= 0 && day >= from && day < until) {
                flags[f] |= flag;
            }
        });
        return flags;
    }

    private List<PlanInput.Inspector> inspectors(Files files) {
        List<PlanInput.Inspector> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        table(files, INSPECTORS, false, List.of("inspector_id", "name"), row -> {
            String id = row.get("inspector_id");
            String district = row.get("district");
            if (id.isEmpty() || id.contains(";")) {
                row.problem("inspector_id", "must be non-empty and without ';'");
                return;
            }
            if (!district.isEmpty() && !Districts.isShanghai(district)) {
                row.problem("district", Quote.of(district) + " is not one of Shanghai's 16 districts");
            }
            Long previous = seen.putIfAbsent(id, row.line());
            if (previous != null) {
                row.problem("inspector_id", Quote.of(id) + " is listed twice (first on line " + previous + ")");
                return;
            }
            String name = Cells.text(row, "name", false);
            if (name != null) {
                out.add(new PlanInput.Inspector(id, name, district.isEmpty() ? null : district));
            }
        });
        if (out.size() == 1) {
            problems.add(new io.spotcheck.casefile.Problem(INSPECTORS + ":0:0",
                    "at least two inspectors are needed: every sampling has two (Order 18 Art 16)"));
        }
        return List.copyOf(out);
    }

    private Integer category(Row row, Catalogue catalogue) {
        String code = row.get("category_code");
        Integer c = catalogue.index().get(code);
        if (c == null) {
            row.problem("category_code", Quote.of(code) + " is not in catalogue.csv");
        }
        return c;
    }

    private String inputDigest() {
        MessageDigest sha = Sha256.digest();
        digests.forEach((name, hex) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(HexFormat.of().parseHex(hex));
        });
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}
