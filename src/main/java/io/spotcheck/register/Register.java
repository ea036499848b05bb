package io.spotcheck.register;

import io.spotcheck.audit.AuditRecord;
import io.spotcheck.audit.AuditRecord.Kind;
import io.spotcheck.audit.AuditWriter;
import io.spotcheck.shared.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The register's records — results, case openings, events — as the chain holds them, read into memory and kept
 * current: every read first takes in what was appended since (by this service or by a command on the same store),
 * so nothing here is ever stale or stored twice. Writes go through the {@link AuditWriter}, with the index rows
 * that keep report numbers and case references unique in the same transaction.
 */
@Repository
public class Register {

    private final JdbcTemplate jdbc;
    private final AuditWriter writer;
    private long seen;
    private final Map<String, CaseFile> cases = new LinkedHashMap<>();
    private final Map<String, List<CaseEvent>> events = new HashMap<>();
    private final Map<String, String> caseOfEvent = new HashMap<>();
    private final Map<String, StoredResult> results = new LinkedHashMap<>();
    private final Map<String, List<StoredResult>> resultsByUscc = new HashMap<>();
    private final Map<String, List<String>> casesByUscc = new HashMap<>();
    private final Map<String, Long> usccVersion = new HashMap<>();

    public Register(JdbcTemplate jdbc, AuditWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    /** What the register holds at one moment: read-only views for one request. */
    public record Snapshot(Map<String, CaseFile> cases, Map<String, List<CaseEvent>> events,
                           Map<String, StoredResult> results, Map<String, List<StoredResult>> resultsByUscc,
                           Map<String, List<String>> casesByUscc, Map<String, String> caseOfEvent,
                           Map<String, Long> usccVersion) {

        public List<CaseEvent> eventsOf(String caseRef) {
            return events.getOrDefault(caseRef, List.of());
        }

        /** The same, with {@code event} recorded on {@code caseRef}: what the case would be if it were stored. */
        public Snapshot withEvent(String caseRef, CaseEvent event) {
            Map<String, List<CaseEvent>> ev = new HashMap<>(events);
            List<CaseEvent> list = new ArrayList<>(eventsOf(caseRef));
            list.add(event);
            ev.put(caseRef, List.copyOf(list));
            Map<String, String> owners = new HashMap<>(caseOfEvent);
            owners.put(event.id(), caseRef);
            return new Snapshot(cases, ev, results, resultsByUscc, casesByUscc, owners, usccVersion);
        }

        /** A version of everything a case of {@code uscc} is built from: changes when any of it changes. */
        public long versionOf(String uscc) {
            return usccVersion.getOrDefault(uscc, 0L);
        }
    }

    /** Takes in the records appended since the last read, then gives a consistent view. */
    public synchronized Snapshot snapshot() {
        refresh();
        Map<String, List<CaseEvent>> ev = new HashMap<>(events.size());
        events.forEach((k, v) -> ev.put(k, List.copyOf(v)));
        Map<String, List<StoredResult>> byUscc = new HashMap<>(resultsByUscc.size());
        resultsByUscc.forEach((k, v) -> byUscc.put(k, List.copyOf(v)));
        Map<String, List<String>> cu = new HashMap<>(casesByUscc.size());
        casesByUscc.forEach((k, v) -> cu.put(k, List.copyOf(v)));
        return new Snapshot(new LinkedHashMap<>(cases), ev, new LinkedHashMap<>(results), byUscc, cu,
                new HashMap<>(caseOfEvent), new HashMap<>(usccVersion));
    }

    private void refresh() {
        jdbc.query("SELECT seq, id, kind, stored_at, requested_by, request FROM audit_record "
                + "WHERE seq > ? AND kind IN ('RESULT', 'CASE', 'EVENT') ORDER BY seq", (ResultSet rs) -> {
                    take(rs);
                }, seen);
    }

    private void take(ResultSet rs) throws SQLException {
        long seq = rs.getLong("seq");
        String by = rs.getString("requested_by");
        var at = rs.getObject("stored_at", OffsetDateTime.class).toInstant();
        String payload = rs.getString("request");
        switch (Kind.valueOf(rs.getString("kind"))) {
            case RESULT -> {
                StoredResult r = Json.COMPACT.readValue(payload, StoredResult.class);
                results.put(r.reportNo(), r);
                resultsByUscc.computeIfAbsent(r.uscc(), k -> new ArrayList<>()).add(r);
                usccVersion.put(r.uscc(), seq);
            }
            case CASE -> {
                CaseFile c = Json.COMPACT.readValue(payload, CaseFile.class).recorded(by, at);
                cases.put(c.caseRef(), c);
                casesByUscc.computeIfAbsent(c.uscc(), k -> new ArrayList<>()).add(c.caseRef());
                usccVersion.put(c.uscc(), seq);
            }
            case EVENT -> {
                String id = rs.getString("id");
                var stored = Json.COMPACT.readTree(payload);
                String caseRef = stored.path("caseRef").asString();
                CaseEvent e = Json.COMPACT.treeToValue(stored.path("event"), CaseEvent.class).stored(id, by, at);
                events.computeIfAbsent(caseRef, k -> new ArrayList<>()).add(e);
                caseOfEvent.put(id, caseRef);
                CaseFile c = cases.get(caseRef);
                if (c != null) {
                    usccVersion.put(c.uscc(), seq);
                }
            }
            default -> {
            }
        }
        seen = seq;
    }

    /**
     * Stores results and the cases they open as one unit: all or none. Their index rows are written in one batch
     * with the unit's last record, in its transaction.
     */
    public List<AuditRecord> storeResults(Collection<StoredResult> rows, Collection<CaseFile> opened, String by) {
        List<AuditWriter.Entry> entries = new ArrayList<>();
        List<Object[]> resultRows = new ArrayList<>();
        List<Object[]> caseRows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (StoredResult r : rows) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            resultRows.add(new Object[] {r.reportNo(), id, r.uscc(), r.checkedOn()});
            entries.add(new AuditWriter.Entry(id, Kind.RESULT, r.reportNo(), r.checkedOn(), null, by, Json.compact(r),
                    null, null, null));
        }
        for (CaseFile c : opened) {
            String id = UUID.randomUUID().toString();
            caseRows.add(new Object[] {c.caseRef(), id, c.uscc(), c.openedOn()});
            entries.add(new AuditWriter.Entry(id, Kind.CASE, c.caseRef(), c.openedOn(), null, by, Json.compact(c),
                    null, null, null));
        }
        if (entries.isEmpty()) {
            return List.of();
        }
        AuditWriter.Entry last = entries.remove(entries.size() - 1);
        entries.add(new AuditWriter.Entry(last.id(), last.kind(), last.caseRef(), last.asOf(), null, by,
                last.request(), null, null, (jdbc, rec) -> {
                    jdbc.batchUpdate("INSERT INTO register_result (report_no, id, uscc, checked_on) VALUES (?, ?, ?, ?)",
                            resultRows);
                    jdbc.batchUpdate("INSERT INTO register_case (case_ref, id, uscc, opened_on) VALUES (?, ?, ?, ?)",
                            caseRows);
                }));
        return writer.appendAll(entries);
    }

    public AuditRecord openCase(CaseFile c, String by) {
        return writer.append(caseEntry(c, by));
    }

    private static AuditWriter.Entry caseEntry(CaseFile c, String by) {
        return new AuditWriter.Entry(UUID.randomUUID().toString(), Kind.CASE, c.caseRef(), c.openedOn(), null, by,
                Json.compact(c), null, null, (jdbc, rec) -> jdbc.update(
                "INSERT INTO register_case (case_ref, id, uscc, opened_on) VALUES (?, ?, ?, ?)", c.caseRef(),
                rec.id(), c.uscc(), c.openedOn()));
    }

    public AuditRecord recordEvent(String caseRef, CaseEvent event, String by) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("caseRef", caseRef);
        payload.put("event", event.payload());
        return writer.append(new AuditWriter.Entry(UUID.randomUUID().toString(), Kind.EVENT, caseRef, event.date(),
                null, by, Json.compact(payload), null, null, (jdbc, rec) -> jdbc.update(
                "INSERT INTO register_event (id, case_ref, event_date) VALUES (?, ?, ?)", rec.id(), caseRef,
                event.date())));
    }

    /** The generated references of {@code year} in use: {@code CASE-<year>-<n>}. */
    public synchronized int lastGenerated(int year) {
        refresh();
        String prefix = "CASE-" + year + "-";
        int max = 0;
        for (String ref : cases.keySet()) {
            if (ref.startsWith(prefix)) {
                try {
                    max = Math.max(max, Integer.parseInt(ref.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    // a hand-given reference of the same shape: not a number of ours
                }
            }
        }
        return max;
    }
}
