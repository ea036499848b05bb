package io.spotcheck.targeting;

import io.spotcheck.casefile.CreditRisk;
import io.spotcheck.casefile.Districts;
import io.spotcheck.casefile.Level;
import io.spotcheck.casefile.Result;
import io.spotcheck.casefile.Role;
import io.spotcheck.casefile.Uscc;
import io.spotcheck.targeting.Catalogue.Category;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and checks the plan's CSV files (CONTRACT §2), reducing history and signals to per-pair and per-firm
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
    private final Map<String, String> digests = new TreeMap<>();

    PlanInputReader(PlanRequest request, PlanParameters params, long maxRows, Progress progress) {
        this.request = request;
        this.params = params;
        this.maxRows = maxRows;
        this.progress = progress;
    }

    PlanInput read(Files files) {
        Catalogue catalogue = catalogue(files);
        problems.throwIfAny();
        FirmsBuilder firms = firms(files, catalogue);
        problems.throwIfAny();
        HistoryFacts history = history(files, catalogue, firms);
        byte[] signals = signals(files, firms);
        List<PlanInput.Inspector> inspectors = inspectors(files);
        problems.throwIfAny();
        return new PlanInput(catalogue, firms.build(), firms.pairFirm.toArray(), firms.pairCategory.toArray(),
                history.pairFlags, signals, history.checkedThisPeriod, history.batchesLastYear, history.failsLastYear,
                inspectors, Map.copyOf(digests), inputDigest());
    }

    private long table(Files files, String name, boolean required, List<String> columns,
                       java.util.function.Consumer<CsvTable.Row> rows) {
        try (InputStream raw = files.open(name)) {
            if (raw == null) {
                if (required) {
                    problems.add(new io.spotcheck.casefile.Problem(name + ":0:0", "the file is missing"));
                }
                return 0;
            }
            MessageDigest sha = sha256();
            long n;
            try (var in = new DigestInputStream(raw, sha)) {
                n = new CsvTable(name, problems).read(in, columns, maxRows, rows);
            }
            digests.put(name, HexFormat.of().formatHex(sha.digest()));
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
                row.problem("category_code", "\"" + code + "\" is listed twice");
                return;
            }
            Integer level = switch (row.get("risk_level")) {
                case "1" -> 1;
                case "2" -> 2;
                case "3" -> 3;
                default -> null;
            };
            if (level == null) {
                row.problem("risk_level", "\"" + row.get("risk_level") + "\" must be 1, 2 or 3");
            }
            Boolean key = bool(row, "key_catalogue", null);
            if (level != null && key != null) {
                index.put(code, categories.size());
                categories.add(new Category(code, row.get("name"), level, key));
            }
        });
        return new Catalogue(List.copyOf(categories), Map.copyOf(index));
    }

    private FirmsBuilder firms(Files files, Catalogue catalogue) {
        FirmsBuilder b = new FirmsBuilder();
        Map<String, Long> lineOf = new HashMap<>();
        table(files, FIRMS, true, List.of("uscc", "name", "category_codes"), row -> {
            String uscc = uscc(row, "uscc");
            String district = row.get("district");
            if (!district.isEmpty() && !Districts.isShanghai(district)) {
                row.problem("district", "\"" + district + "\" is not one of Shanghai's 16 districts");
            }
            String role = row.get("role");
            if (!role.isEmpty() && !isCode(Role.class, role)) {
                row.problem("role", "unknown code \"" + role + "\"; expected PRODUCER, SELLER or ONLINE_SELLER");
            }
            String creditText = row.get("credit_risk");
            CreditRisk credit = null;
            if (!creditText.isEmpty()) {
                if (isCode(CreditRisk.class, creditText)) {
                    credit = CreditRisk.valueOf(creditText);
                } else {
                    row.problem("credit_risk", "unknown code \"" + creditText + "\"; expected A, B, C, D or empty");
                }
            }
            bool(row, "industry_leader", false);
            Boolean reachable = bool(row, "reachable", true);
            int[] cats = categories(row, catalogue);
            if (uscc == null || reachable == null || cats == null) {
                return;
            }
            Long previous = lineOf.putIfAbsent(uscc, row.line());
            if (previous != null) {
                row.problem("uscc", uscc + " is a duplicate firm (first on line " + previous + ")");
                return;
            }
            b.add(uscc, row.get("name"), district.isEmpty() ? null : district, credit, reachable, cats);
        });
        return b;
    }

    private int[] categories(CsvTable.Row row, Catalogue catalogue) {
        String text = row.get("category_codes");
        if (text.isEmpty()) {
            row.problem("category_codes", "is required (at least one category)");
            return null;
        }
        String[] codes = text.split(";");
        int[] out = new int[codes.length];
        int n = 0;
        for (String raw : codes) {
            String code = raw.strip();
            Integer c = catalogue.index().get(code);
            if (c == null) {
                row.problem("category_codes", "\"" + code + "\" is not in catalogue.csv");
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

    private HistoryFacts history(Files files, Catalogue catalogue, FirmsBuilder firms) {
        int pairs = firms.pairCategory.size();
        var h = new HistoryFacts(new byte[pairs], new boolean[catalogue.size()], new int[catalogue.size()],
                new int[catalogue.size()]);
        long periodStart = LocalDate.of(params.periodStart(request.year()), 1, 1).toEpochDay();
        long noRepeatAfter = request.start().minusMonths(params.noRepeatWindowMonths()).toEpochDay();
        int lastYear = request.year() - 1;
        int firstTrackingYear = request.year() - params.trackingLookbackYears();
        table(files, HISTORY, true, List.of("uscc", "category_code", "level", "result", "checked_on"), row -> {
            String uscc = uscc(row, "uscc");
            Integer c = category(row, catalogue);
            Level level = code(row, "level", Level.class);
            Result result = code(row, "result", Result.class);
            LocalDate date = date(row, "checked_on");
            if (uscc == null || c == null || level == null || result == null || date == null) {
                return;
            }
            long day = date.toEpochDay();
            if (day >= periodStart) {
                h.checkedThisPeriod[c] = true;
            }
            if (date.getYear() == lastYear) {
                h.batchesLastYear[c]++;
                if (result == Result.FAIL) {
                    h.failsLastYear[c]++;
                }
            }
            int pair = firms.pairOf(uscc, c);
            if (pair < 0) {
                return; // a firm or product no longer in the register still counts for coverage above
            }
            if (day > noRepeatAfter) {
                h.pairFlags[pair] |= switch (level) {
                    case NATIONAL -> PlanInput.RECENT_NATIONAL;
                    case MUNICIPAL -> PlanInput.RECENT_MUNICIPAL;
                    case DISTRICT -> PlanInput.RECENT_DISTRICT;
                };
            }
            if (result == Result.FAIL && date.getYear() >= firstTrackingYear && date.getYear() <= lastYear) {
                h.pairFlags[pair] |= PlanInput.FAILED_TRACKING;
            }
        });
        return h;
    }

    private byte[] signals(Files files, FirmsBuilder firms) {
        byte[] flags = new byte[firms.size()];
        long from = request.start().minusMonths(params.signalWindowMonths()).toEpochDay();
        long until = request.start().toEpochDay();
        table(files, SIGNALS, false, List.of("uscc", "kind", "date"), row -> {
            String uscc = uscc(row, "uscc");
            String kind = row.get("kind");
            byte flag = switch (kind) {
                case "COMPLAINT" -> PlanInput.COMPLAINT;
                case "PENALTY" -> PlanInput.PENALTY;
                case "RECALL" -> PlanInput.RECALL;
                default -> 0;
            };
            if (flag == 0) {
                row.problem("kind", "unknown code \"" + kind + "\"; expected COMPLAINT, PENALTY or RECALL");
            }
            LocalDate date = date(row, "date");
            if (uscc == null || flag == 0 || date == null) {
                return;
            }
            Integer f = firms.index.get(uscc);
            long day = date.toEpochDay();
            if (f != null && day >= from && day < until) {
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
                row.problem("district", "\"" + district + "\" is not one of Shanghai's 16 districts");
            }
            Long previous = seen.putIfAbsent(id, row.line());
            if (previous != null) {
                row.problem("inspector_id", id + " is listed twice (first on line " + previous + ")");
                return;
            }
            out.add(new PlanInput.Inspector(id, row.get("name"), district.isEmpty() ? null : district));
        });
        if (out.size() == 1) {
            problems.add(new io.spotcheck.casefile.Problem(INSPECTORS + ":0:0",
                    "at least two inspectors are needed: every sampling has two (Order 18 Art 16)"));
        }
        return List.copyOf(out);
    }

    private String uscc(CsvTable.Row row, String column) {
        String v = row.get(column);
        var problem = Uscc.problemWith(v);
        if (problem.isPresent()) {
            row.problem(column, "\"" + v + "\" is not a valid unified social credit code: " + problem.get());
            return null;
        }
        return v;
    }

    private Integer category(CsvTable.Row row, Catalogue catalogue) {
        String code = row.get("category_code");
        Integer c = catalogue.index().get(code);
        if (c == null) {
            row.problem("category_code", "\"" + code + "\" is not in catalogue.csv");
        }
        return c;
    }

    private static <E extends Enum<E>> boolean isCode(Class<E> type, String v) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static <E extends Enum<E>> E code(CsvTable.Row row, String column, Class<E> type) {
        String v = row.get(column);
        if (isCode(type, v)) {
            return Enum.valueOf(type, v);
        }
        row.problem(column, "unknown code \"" + v + "\"; expected one of " + Arrays.toString(type.getEnumConstants()));
        return null;
    }

    private static Boolean bool(CsvTable.Row row, String column, Boolean whenEmpty) {
        String v = row.get(column);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            case "" -> {
                if (whenEmpty == null) {
                    row.problem(column, "is required (true or false)");
                }
                yield whenEmpty;
            }
            default -> {
                row.problem(column, "\"" + v + "\" must be true or false");
                yield null;
            }
        };
    }

    /** An ISO date (YYYY-MM-DD) that exists, not before 1993. */
    static LocalDate date(CsvTable.Row row, String column) {
        String v = row.get(column);
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            try {
                int y = Integer.parseInt(v, 0, 4, 10);
                int m = Integer.parseInt(v, 5, 7, 10);
                int d = Integer.parseInt(v, 8, 10, 10);
                if (y >= 1993) {
                    return LocalDate.of(y, m, d);
                }
                row.problem(column, v + " is before 1993");
                return null;
            } catch (NumberFormatException | DateTimeException e) {
                // fall through to the problem below
            }
        }
        row.problem(column, "\"" + v + "\" is not a date that exists (expected YYYY-MM-DD)");
        return null;
    }

    private String inputDigest() {
        MessageDigest sha = sha256();
        digests.forEach((name, hex) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(HexFormat.of().parseHex(hex));
        });
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
