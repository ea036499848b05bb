package io.spotcheck.pages;

import io.spotcheck.audit.AuditLog;
import io.spotcheck.audit.AuditRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decisions list's search: text found, case-insensitively, in part of the case reference, the firm's name or its
 * USCC; the firm's district; the filing outcome; and the day stored (inclusive, in Shanghai). With no text, district
 * or filing the log pages it; otherwise the decisions of the day range are read once and filtered here.
 */
final class DecisionSearch {

    private static final Pattern LOOSE_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    /** What the reader asked for; dates that could not be read are named in {@code badDates}. */
    record Query(String text, String district, String filing, LocalDate from, LocalDate to, List<String> badDates,
                 String fromText, String toText) {

        static Query of(String text, String district, String filing, String from, String to) {
            List<String> bad = new ArrayList<>();
            return new Query(blankToNull(text), blankToNull(district), blankToNull(filing), date("from", from, bad),
                    date("to", to, bad), List.copyOf(bad), from == null ? "" : from.strip(), to == null ? "" : to.strip());
        }

        boolean needsScan() {
            return text != null || district != null || filing != null;
        }

        boolean keeps(Row row) {
            return (district == null || district.equals(row.district()))
                    && (filing == null || filing.equals(row.filing()))
                    && (text == null || contains(row.record().caseRef(), text) || contains(row.firmName(), text)
                    || contains(row.uscc(), text));
        }

        private static boolean contains(String value, String part) {
            return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
        }
    }

    /** One stored decision as the list shows it. */
    record Row(AuditRecord record, String firmName, String uscc, String district, String filing, boolean serious,
               String nextStep, LocalDate nextDue) {

        @SuppressWarnings("unchecked")
        static Row of(AuditRecord record) {
            Map<String, Object> request = CasePages.tree(record.request());
            Map<String, Object> response = CasePages.tree(record.response());
            Map<String, Object> firm = request.get("firm") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            String nextStep = null;
            LocalDate nextDue = null;
            if (response.get("actions") instanceof List<?> actions) {
                for (Object a : actions) {
                    if (a instanceof Map<?, ?> action && action.get("due") instanceof String due) {
                        LocalDate d = LocalDate.parse(due);
                        if (nextDue == null || d.isBefore(nextDue)) {
                            nextDue = d;
                            nextStep = String.valueOf(action.get("code"));
                        }
                    }
                }
            }
            return new Row(record, text(firm.get("name")), text(firm.get("uscc")), text(firm.get("district")),
                    text(response.get("filing")), Boolean.TRUE.equals(response.get("serious")), nextStep, nextDue);
        }

        private static String text(Object o) {
            return o instanceof String s ? s : null;
        }
    }

    /** One page of matches, newest first. */
    record Result(int page, long total, List<Row> rows) {
    }

    private DecisionSearch() {
    }

    static Result page(AuditLog log, Query q, String requestedBy, int page, int size) {
        if (!q.needsScan()) {
            var result = log.list(AuditRecord.Kind.DECISION, null, requestedBy, q.from(), q.to(), page, size);
            return new Result(page, result.total(), result.items().stream().map(Row::of).toList());
        }
        List<Row> all = all(log, q, requestedBy, Integer.MAX_VALUE);
        int fromIndex = Math.min(all.size(), page * size);
        return new Result(page, all.size(), all.subList(fromIndex, Math.min(all.size(), fromIndex + size)));
    }

    /** Every match, newest first, at most {@code limit}. */
    static List<Row> all(AuditLog log, Query q, String requestedBy, int limit) {
        List<Row> out = new ArrayList<>();
        log.forEach(AuditRecord.Kind.DECISION, q.from(), q.to(), r -> {
            if (requestedBy == null || requestedBy.equals(r.requestedBy())) {
                Row row = Row.of(r);
                if (q.keeps(row)) {
                    out.add(row);
                }
            }
        });
        Collections.reverse(out);
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** A date as typed: 2026-10-20, 2026/10/20, 2026.10.20 or 2026年10月20日; null when blank or not a date. */
    static LocalDate date(String name, String typed, List<String> bad) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Matcher m = LOOSE_DATE.matcher(typed.strip());
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (java.time.DateTimeException e) {
            // not a date that exists: named below
        }
        bad.add(name);
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
