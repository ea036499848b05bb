package io.spotcheck.register;

import io.spotcheck.casefile.CaseReader;
import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Level;
import io.spotcheck.casefile.Problem;
import io.spotcheck.casefile.Result;
import io.spotcheck.register.RegisterRefusal.Status;
import io.spotcheck.shared.Json;
import io.spotcheck.shared.Today;
import io.spotcheck.tabular.Quote;
import io.spotcheck.tabular.Table;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports {@code results.csv} (CONTRACT §7 "Results in, cases out"): the whole file is checked first and any bad row
 * refuses it all ({@code results.csv:line:column}); then one unit — a result record per new row and a case per
 * {@code FAIL} — is appended, all or none. Idempotent by {@code report_no}.
 */
@Service
public class ResultsImport {

    public static final String FILE = "results.csv";
    static final List<String> REQUIRED = List.of("report_no", "uscc", "name", "district", "role", "category_code",
            "level", "result", "checked_on", "lab_id", "failed_items");
    /** Rows one file may hold. */
    public static final int MAX_ROWS = 100_000;
    static final LocalDate EARLIEST = LocalDate.of(1993, 1, 1);
    /** Which §1 field each column becomes, for naming the reader's problems by column. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("firm.uscc", "uscc"), Map.entry("firm.name", "name"), Map.entry("firm.district", "district"),
            Map.entry("firm.role", "role"), Map.entry("firm.creditRisk", "credit_risk"),
            Map.entry("firm.industryLeader", "industry_leader"), Map.entry("spotChecks[0].year", "checked_on"),
            Map.entry("spotChecks[0].level", "level"), Map.entry("spotChecks[0].categoryCode", "category_code"),
            Map.entry("spotChecks[0].result", "result"));

    private final Register register;
    private final CaseViews views;

    public ResultsImport(Register register, CaseViews views) {
        this.register = register;
        this.views = views;
    }

    /** A row read, with its line (null when it was bad). */
    record Line(long line, StoredResult result) {
    }

    /** What an import did: rows read, stored, left as they were, and the cases opened in file order. */
    public record Imported(int rows, int stored, int unchanged, List<String> casesOpened) {
    }

    public Imported importCsv(Caller caller, InputStream in) {
        return importCsv(caller, in, FILE);
    }

    /** As {@link #importCsv(Caller, InputStream)}, problems named after {@code file} (the command's own file). */
    public Imported importCsv(Caller caller, InputStream in, String file) {
        if (!caller.admin() && !(caller.officer() && caller.district() == null)) {
            throw new RegisterRefusal(Status.FORBIDDEN, null,
                    "results reach the municipal bureau: an admin or an officer with no district imports them");
        }
        LocalDate today = views.today();
        List<Problem> problems = new ArrayList<>();
        List<Line> rows = read(in, file, today, problems);
        synchronized (register) {
            Register.Snapshot s = register.snapshot();
            Map<String, StoredResult> inFile = new LinkedHashMap<>();
            Map<String, Long> lineOf = new HashMap<>();
            List<StoredResult> fresh = new ArrayList<>();
            int unchanged = 0;
            for (int i = 0; i < rows.size(); i++) {
                StoredResult r = rows.get(i).result();
                if (r == null) {
                    continue; // its problems are named already; the file's other rows are still checked
                }
                long line = rows.get(i).line();
                String where = file + ":" + line + ":1";
                StoredResult stored = s.results().get(r.reportNo());
                StoredResult earlier = inFile.putIfAbsent(r.reportNo(), r);
                if (earlier != null) {
                    if (!earlier.sameRow(r)) {
                        problems.add(new Problem(where, "report_no: " + r.reportNo() + " is already on line "
                                + lineOf.get(r.reportNo()) + " with other values"));
                    } else {
                        unchanged++;
                    }
                    continue;
                }
                lineOf.put(r.reportNo(), line);
                if (stored != null) {
                    if (stored.sameRow(r)) {
                        unchanged++;
                    } else {
                        problems.add(new Problem(where, "report_no: " + r.reportNo()
                                + " is stored with other values; a correction is a new report number"));
                    }
                } else if (s.cases().containsKey(r.reportNo())) {
                    problems.add(new Problem(where, "report_no: " + r.reportNo() + " is in use as a case reference"));
                } else {
                    fresh.add(r.openedOn() == null ? withOpenedOn(r, today) : r);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(inLineOrder(problems));
            }
            List<CaseFile> opened = new ArrayList<>();
            for (StoredResult r : fresh) {
                if (r.result() == Result.FAIL) {
                    opened.add(caseOf(r));
                }
            }
            register.storeResults(fresh, opened, caller.name());
            return new Imported(rows.size(), fresh.size(), unchanged, opened.stream().map(CaseFile::caseRef).toList());
        }
    }

    /** The problems by line then column (a row's own problems, then those across rows, were found in two passes). */
    static List<Problem> inLineOrder(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingLong((Problem p) -> place(p.field(), 1))
                .thenComparingLong(p -> place(p.field(), 2)));
        return sorted;
    }

    /** Part {@code i} of {@code file:line:column} as a number (0 when it has none). */
    private static long place(String field, int i) {
        String[] parts = field == null ? new String[0] : field.split(":");
        try {
            return parts.length > i ? Long.parseLong(parts[i].strip().split(" ")[0]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static StoredResult withOpenedOn(StoredResult r, LocalDate day) {
        return new StoredResult(r.reportNo(), r.uscc(), r.name(), r.district(), r.role(), r.creditRisk(),
                r.industryLeader(), r.categoryCode(), r.level(), r.result(), r.checkedOn(), r.labId(), r.failedItems(),
                day);
    }

    /** The case a failed result opens: its report number as the reference, the firm and the check as the row has them. */
    static CaseFile caseOf(StoredResult r) {
        ObjectNode firm = firm(r);
        return new CaseFile(r.reportNo(), r.openedOn(), r.reportNo(), firm, check(r), List.of(), null, null);
    }

    private static ObjectNode firm(StoredResult r) {
        ObjectNode firm = JsonNodeFactory.instance.objectNode();
        firm.put("uscc", r.uscc());
        firm.put("name", r.name());
        if (r.district() != null) {
            firm.put("district", r.district());
        }
        firm.put("role", r.role());
        if (r.creditRisk() != null) {
            firm.put("creditRisk", r.creditRisk());
        }
        if (r.industryLeader() != null) {
            firm.put("industryLeader", r.industryLeader());
        }
        return firm;
    }

    private static ObjectNode check(StoredResult r) {
        ObjectNode check = JsonNodeFactory.instance.objectNode();
        check.put("year", r.checkedOn().getYear());
        check.put("level", r.level().name());
        check.put("categoryCode", r.categoryCode());
        check.put("result", r.result().name());
        if (!r.failedItems().isEmpty()) {
            var items = check.putArray("failedItems");
            for (StoredResult.Item i : r.failedItems()) {
                ObjectNode item = items.addObject();
                item.put("item", i.item());
                if (i.standard() != null) {
                    item.put("standard", i.standard());
                }
                if (i.safetyCritical() != null) {
                    item.put("safetyCritical", i.safetyCritical());
                }
            }
        }
        return check;
    }

    /**
     * Reads every row (CSV in UTF-8 or GB18030, or an XLSX workbook, as every upload: CONTRACT §2 version 2); a bad
     * row is null in the list and its problems are added (the caller refuses the file when there are any).
     */
    static List<Line> read(InputStream in, String file, LocalDate today, List<Problem> problems) {
        List<Line> rows = new ArrayList<>();
        new Table(file, problems::add).read(in, REQUIRED, MAX_ROWS, row -> rows.add(new Line(row.line(),
                parse(row::get, row::problem, today))));
        return rows;
    }

    /**
     * One row read into a result, or null when a cell is wrong ({@code problem} told which). The firm and the check
     * are read by the §1 reader, so a result holds exactly what a case request may.
     */
    static StoredResult parse(Function<String, String> cell, BiConsumer<String, String> problem, LocalDate today) {
        Counter c = new Counter(problem);
        String reportNo = cell.apply("report_no");
        CaseRefs.problemWith(reportNo).ifPresent(p -> c.accept("report_no", p));
        LocalDate checkedOn = date(cell.apply("checked_on"), "checked_on", true, c);
        if (checkedOn != null && checkedOn.isAfter(today)) {
            c.accept("checked_on", checkedOn + " is after today (" + today + ")");
        } else if (checkedOn != null && checkedOn.isBefore(EARLIEST)) {
            c.accept("checked_on", checkedOn + " is before " + EARLIEST.getYear());
        }
        LocalDate openedOn = date(cell.apply("opened_on"), "opened_on", false, c);
        if (openedOn != null && openedOn.isAfter(today)) {
            c.accept("opened_on", openedOn + " is after today (" + today + ")");
        } else if (openedOn != null && checkedOn != null && openedOn.isBefore(checkedOn)) {
            c.accept("opened_on", openedOn + " is before checked_on (" + checkedOn + ")");
        }
        String labId = cell.apply("lab_id");
        if (labId.isEmpty()) {
            c.accept("lab_id", "is required");
        } else if (labId.codePointCount(0, labId.length()) > 200) {
            c.accept("lab_id", "is longer than 200 characters");
        }
        Result result = code(cell.apply("result"), Result.class, "result", c);
        List<StoredResult.Item> items = items(cell.apply("failed_items"), c);
        if (result == Result.FAIL && items != null && items.isEmpty()) {
            c.accept("failed_items", "a FAIL names at least one failed item (item|standard|Y)");
        } // a PASS with failed items is refused by the §1 reader below
        Level level = code(cell.apply("level"), Level.class, "level", c);
        String district = blankToNull(cell.apply("district"));
        String credit = blankToNull(cell.apply("credit_risk"));
        String leaderText = blankToNull(cell.apply("industry_leader"));
        Boolean leader = null;
        if (leaderText != null) {
            if (leaderText.equals("true") || leaderText.equals("false")) {
                leader = Boolean.valueOf(leaderText);
            } else {
                c.accept("industry_leader", Quote.of(leaderText) + " is not true or false");
            }
        }
        String category = cell.apply("category_code");
        if (category.isEmpty()) {
            c.accept("category_code", "is required");
        }
        StoredResult r = new StoredResult(reportNo, cell.apply("uscc"), cell.apply("name"), district,
                cell.apply("role"), credit, leader, category, level, result, checkedOn, labId,
                items == null ? List.of() : items, openedOn);
        if (checkedOn != null && result != null && level != null && items != null && !category.isEmpty()) {
            asRequest(r, today).forEach(p -> c.accept(COLUMN_OF_FIELD.getOrDefault(p.field(),
                    p.field().startsWith("spotChecks[0].failedItems") ? "failed_items" : "uscc"), p.message()));
        } else {
            // the check's columns are wrong (named above); the firm's are still read, with a stand-in check
            StoredResult firmOnly = new StoredResult(reportNo, r.uscc(), r.name(), district, r.role(), credit, leader,
                    "X", Level.DISTRICT, Result.PASS, today, labId, List.of(), null);
            asRequest(firmOnly, today).stream().filter(p -> p.field().startsWith("firm"))
                    .forEach(p -> c.accept(COLUMN_OF_FIELD.getOrDefault(p.field(), "uscc"), p.message()));
        }
        return c.problems == 0 ? r : null;
    }

    /** The firm and check as the §1 request they become; the reader's problems. */
    private static List<Problem> asRequest(StoredResult r, LocalDate today) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("asOf", today.toString());
        request.set("firm", firm(r));
        if (r.name().isEmpty()) {
            ((ObjectNode) request.get("firm")).remove("name");
        }
        request.putArray("spotChecks").add(check(r));
        try {
            new CaseReader(Clock.fixed(today.atStartOfDay(Today.SHANGHAI).toInstant(), Today.SHANGHAI))
                    .read(Json.compact(request).getBytes(StandardCharsets.UTF_8));
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    /** {@code item|standard|Y} (or {@code N}, or empty), {@code ;}-separated; null when malformed. */
    private static List<StoredResult.Item> items(String text, Counter c) {
        List<StoredResult.Item> items = new ArrayList<>();
        if (text.isEmpty()) {
            return items;
        }
        String[] parts = text.split(";", -1);
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("\\|", -1);
            if (f.length < 2 || f.length > 3 || f[0].strip().isEmpty()) {
                c.accept("failed_items", "item " + (i + 1) + " " + Quote.of(parts[i])
                        + " is not item|standard|Y (or N, or empty)");
                return null;
            }
            String flag = f.length == 3 ? f[2].strip() : "";
            if (!flag.isEmpty() && !flag.equals("Y") && !flag.equals("N")) {
                c.accept("failed_items", "item " + (i + 1) + ": " + Quote.of(flag) + " is not Y, N or empty");
                return null;
            }
            items.add(new StoredResult.Item(f[0].strip(), blankToNull(f[1].strip()),
                    flag.isEmpty() ? null : flag.equals("Y")));
        }
        return items;
    }

    private static LocalDate date(String text, String column, boolean required, Counter c) {
        if (text.isEmpty()) {
            if (required) {
                c.accept(column, "is required");
            }
            return null;
        }
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("form", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            c.accept(column, Quote.of(text) + " is not a date that exists (expected YYYY-MM-DD)");
            return null;
        }
    }

    private static <E extends Enum<E>> E code(String text, Class<E> type, String column, Counter c) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        c.accept(column, text.isEmpty() ? "is required" : "unknown code " + Quote.of(text) + "; expected one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", ")));
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Counts the problems of one row while passing them on. */
    private static final class Counter {
        private final BiConsumer<String, String> sink;
        int problems;

        Counter(BiConsumer<String, String> sink) {
            this.sink = sink;
        }

        void accept(String column, String message) {
            problems++;
            sink.accept(column, message);
        }
    }
}
