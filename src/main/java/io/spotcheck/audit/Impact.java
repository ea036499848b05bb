package io.spotcheck.audit;

import io.spotcheck.audit.AuditRecord.Kind;
import io.spotcheck.engine.RuleBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What a candidate ruleset would change: every stored decision in a range re-run under it, compared field by field. */
public final class Impact {

    private Impact() {
    }

    public record Report(String candidateRulesetVersion, LocalDate from, LocalDate to, int decisions, int changed,
                         Map<String, Field> fields, List<String> failed) {

        public record Field(int changed, List<String> decisionIds) {
        }

        public String text() {
            StringBuilder s = new StringBuilder("Impact of ruleset " + candidateRulesetVersion + " on " + decisions
                    + " stored decisions" + (from == null && to == null ? "" : " stored " + (from == null ? "…" : from)
                    + " to " + (to == null ? "…" : to)) + ": " + changed + " would change\n");
            fields.forEach((name, f) -> s.append(String.format("  %-20s %5d  %s%n", name, f.changed(),
                    String.join(" ", f.decisionIds()))));
            if (!failed.isEmpty()) {
                s.append("  could not re-run: ").append(String.join(" ", failed)).append('\n');
            }
            return s.toString();
        }
    }

    public static Report of(AuditLog log, RuleBase candidate, LocalDate from, LocalDate to) {
        Map<String, List<String>> byField = new TreeMap<>();
        List<String> failed = new ArrayList<>();
        int[] counts = new int[2];
        log.forEach(Kind.DECISION, from, to, record -> {
            counts[0]++;
            try {
                var diffs = Replayer.differences(record.response(), Replayer.rerun(record, candidate),
                        Set.of("decisionId", "rulesetVersion"));
                if (!diffs.isEmpty()) {
                    counts[1]++;
                }
                diffs.forEach(d -> byField.computeIfAbsent(d.field(), k -> new ArrayList<>()).add(record.id()));
            } catch (RuntimeException e) {
                failed.add(record.id());
            }
        });
        Map<String, Report.Field> fields = new TreeMap<>();
        byField.forEach((k, ids) -> fields.put(k, new Report.Field(ids.size(), List.copyOf(ids))));
        return new Report(candidate.version(), from, to, counts[0], counts[1], fields, List.copyOf(failed));
    }
}
