package io.spotcheck.audit;

import io.spotcheck.casefile.CaseReader;
import io.spotcheck.casefile.CaseRequest;
import io.spotcheck.decision.CaseDecider;
import io.spotcheck.shared.Json;
import io.spotcheck.shared.Today;
import io.spotcheck.engine.RuleBase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Re-runs a stored decision under the ruleset it was made with, and under another (today's, or a candidate). */
public final class Replayer {

    private Replayer() {
    }

    /** A field whose value differs: what was stored, and what the re-run gives. */
    public record Difference(String field, JsonNode stored, JsonNode now) {
    }

    /**
     * A stored decision re-run twice: under the ruleset it was made with ({@code reproduced} when byte-identical,
     * else the fields that differ) and under {@code current} (fields that differ, ids and versions aside).
     */
    public record Replay(boolean reproduced, List<Difference> differences, String currentVersion,
                         String currentResponse, List<Difference> currentDifferences) {
    }

    public static Replay replay(AuditRecord record, RulesetSnapshots snapshots, RuleBase current) {
        String recorded = rerun(record, snapshots.load(record.rulesetVersion(), current));
        String today = rerun(record, current);
        return new Replay(recorded.equals(record.response()),
                differences(record.response(), recorded, Set.of()), current.version(), today,
                differences(record.response(), today, Set.of("decisionId", "rulesetVersion")));
    }

    /** The re-run's response (compact JSON) under {@code rules}, with the stored record's id. */
    public static String rerun(AuditRecord record, RuleBase rules) {
        // a stored request without asOf was decided as of the day it was stored: replay it as of that day
        Clock asOf = Clock.fixed(record.storedAt(), Today.SHANGHAI);
        CaseRequest request = new CaseReader(asOf).read(record.request().getBytes(StandardCharsets.UTF_8));
        return Json.compact(new CaseDecider(() -> rules).decide(request, record.id()));
    }

    /** Top-level fields whose values differ, {@code ignored} left out. */
    public static List<Difference> differences(String stored, String now, Set<String> ignored) {
        JsonNode a = Json.COMPACT.readTree(stored);
        JsonNode b = Json.COMPACT.readTree(now);
        List<Difference> out = new ArrayList<>();
        for (String field : a.propertyNames()) {
            if (!ignored.contains(field) && !a.get(field).equals(b.get(field))) {
                out.add(new Difference(field, a.get(field), b.get(field)));
            }
        }
        for (String field : b.propertyNames()) {
            if (!ignored.contains(field) && !a.has(field)) {
                out.add(new Difference(field, null, b.get(field)));
            }
        }
        return out;
    }
}
