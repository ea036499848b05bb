package io.spotcheck.audit;

import io.spotcheck.audit.AuditRecord.Kind;
import io.spotcheck.shared.Today;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The audit log in the database, for reading: finds and lists records and walks the chain to verify it. Records
 * are appended by {@link AuditWriter}.
 */
@Repository
public class AuditLog {

    static final String COLUMNS = "seq, id, kind, stored_at, case_ref, as_of, ruleset_version, requested_by, "
            + "request, response, previous_hash, hash";

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last record of the chain, if any. */
    public Optional<AuditRecord> head() {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_record ORDER BY seq DESC LIMIT 1", ROW).stream()
                .findFirst();
    }

    public Optional<AuditRecord> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_record WHERE id = ?", ROW, id).stream().findFirst();
    }

    /** The record with this id if it is of {@code kind}: a plan's id does not name a decision, nor the reverse. */
    public Optional<AuditRecord> find(String id, Kind kind) {
        return find(id).filter(r -> r.kind() == kind);
    }

    public Optional<String> planCsv(String id) {
        return jdbc.queryForList("SELECT csv FROM plan_csv WHERE id = ?", String.class, id).stream().findFirst();
    }

    /** One page of the records of {@code kind}, newest first, filtered by case and by day stored (inclusive). */
    public Page list(Kind kind, String caseRef, LocalDate from, LocalDate to, int page, int size) {
        return list(kind, caseRef, null, from, to, page, size);
    }

    /** The same, only the records {@code requestedBy} stored when it is given (a district-bound officer's own). */
    public Page list(Kind kind, String caseRef, String requestedBy, LocalDate from, LocalDate to, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(kind, caseRef, from, to, args);
        if (requestedBy != null) {
            where += " AND requested_by = ?";
            args.add(requestedBy);
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<AuditRecord> items = jdbc.query("SELECT " + COLUMNS + " FROM audit_record" + where
                + " ORDER BY seq DESC LIMIT ? OFFSET ?", ROW, pageArgs.toArray());
        return new Page(page, size, total == null ? 0 : total, items);
    }

    public record Page(int page, int size, long total, List<AuditRecord> items) {
    }

    /** One page of the records of any of {@code kinds}, newest first: the audit log shows plans beside decisions. */
    public Page list(java.util.Collection<Kind> kinds, int page, int size) {
        String where = " WHERE kind IN (" + String.join(", ", java.util.Collections.nCopies(kinds.size(), "?")) + ")";
        List<Object> args = new ArrayList<>(kinds.stream().map(Kind::name).toList());
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record" + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<AuditRecord> items = jdbc.query("SELECT " + COLUMNS + " FROM audit_record" + where
                + " ORDER BY seq DESC LIMIT ? OFFSET ?", ROW, args.toArray());
        return new Page(page, size, total == null ? 0 : total, items);
    }

    /**
     * The WHERE clause for a kind, an optional case and an optional range of days stored (days in Shanghai, as
     * "today" everywhere); fills {@code args}.
     */
    private static String where(Kind kind, String caseRef, LocalDate from, LocalDate to, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE kind = ?");
        args.add(kind.name());
        if (caseRef != null) {
            where.append(" AND case_ref = ?");
            args.add(caseRef);
        }
        if (from != null) {
            where.append(" AND stored_at >= ?");
            args.add(from.atStartOfDay(Today.SHANGHAI).toOffsetDateTime());
        }
        if (to != null) {
            where.append(" AND stored_at < ?");
            args.add(to.plusDays(1).atStartOfDay(Today.SHANGHAI).toOffsetDateTime());
        }
        return where.toString();
    }

    /** Every record of {@code kind} stored in the day range (inclusive; null = open), oldest first. */
    public void forEach(Kind kind, LocalDate from, LocalDate to, Consumer<AuditRecord> consumer) {
        List<Object> args = new ArrayList<>();
        String where = where(kind, null, from, to, args);
        jdbc.query("SELECT " + COLUMNS + " FROM audit_record" + where + " ORDER BY seq", rs -> {
            consumer.accept(ROW.mapRow(rs, 0));
        }, args.toArray());
    }

    /**
     * The result of walking the chain: how many records, the first broken one if any, and the last checkpoint of the
     * head file it was held against ({@code null}: no head file).
     */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"records", "broken", "checkpoint"})
    public record Verification(long records, Broken broken, ChainHead.Checkpoint checkpoint) {

        public Verification(long records, Broken broken) {
            this(records, broken, null);
        }

        /** {@code expected}: for a truncated chain, the position a checkpoint or receipt says it reached. */
        public record Broken(String id, long position, String reason,
                             @com.fasterxml.jackson.annotation.JsonInclude(
                                     com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Long expected) {

            public Broken(String id, long position, String reason) {
                this(id, position, reason, null);
            }
        }
    }

    /** A receipt given to a caller: the position and hash of the last record its answer stored. */
    public record Receipt(long position, String hash) {

        /** {@code POSITION:sha256:HEX}; null when it is not of that form. */
        public static Receipt parse(String text) {
            int colon = text == null ? -1 : text.indexOf(':');
            if (colon <= 0 || !text.substring(colon + 1).matches("sha256:[0-9a-f]{64}")) {
                return null;
            }
            try {
                return new Receipt(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** Walks the whole chain in order, recomputing every hash; names the first record that does not fit. */
    public Verification verify() {
        return verify(null, List.of());
    }

    /**
     * The chain walked, then held against the last checkpoint of the head file and the receipts given: a chain that
     * ends before one of them was cut short ({@code truncated}); one whose record at that position has another hash
     * does not match it ({@code checkpoint mismatch}, {@code receipt mismatch}).
     */
    public Verification verify(ChainHead.Checkpoint checkpoint, List<Receipt> receipts) {
        java.util.Map<Long, String> wanted = new java.util.HashMap<>();
        if (checkpoint != null) {
            wanted.put(checkpoint.position(), checkpoint.hash());
        }
        receipts.forEach(r -> wanted.put(r.position(), r.hash()));
        java.util.Map<Long, AuditRecord> found = new java.util.HashMap<>();
        Verification walked = walk(wanted.keySet(), found);
        if (walked.broken() != null) {
            return new Verification(walked.records(), walked.broken(), checkpoint);
        }
        List<Object[]> held = new ArrayList<>();
        if (checkpoint != null) {
            held.add(new Object[] {checkpoint.position(), checkpoint.hash(), "checkpoint mismatch"});
        }
        receipts.forEach(r -> held.add(new Object[] {r.position(), r.hash(), "receipt mismatch"}));
        for (Object[] h : held) {
            long position = (Long) h[0];
            if (position > walked.records()) {
                return new Verification(walked.records(), new Verification.Broken(null, walked.records() + 1,
                        "truncated", position), checkpoint);
            }
            AuditRecord at = found.get(position);
            if (at != null && !at.hash().equals(h[1])) {
                return new Verification(walked.records(), new Verification.Broken(at.id(), position, (String) h[2]),
                        checkpoint);
            }
        }
        return new Verification(walked.records(), null, checkpoint);
    }

    /** The record at a position of the chain (1-based), of any kind. */
    public Optional<AuditRecord> at(long position) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_record WHERE seq = ?", ROW, position).stream()
                .findFirst();
    }

    private Verification walk(java.util.Set<Long> keep, java.util.Map<Long, AuditRecord> found) {
        long[] n = {0};
        String[] previous = {Chain.GENESIS};
        Verification.Broken[] broken = {null};
        jdbc.query("SELECT " + COLUMNS + ", (SELECT csv FROM plan_csv p WHERE p.id = a.id) AS csv "
                + "FROM audit_record a ORDER BY seq", rs -> {
            n[0]++;
            if (broken[0] != null) {
                return;
            }
            AuditRecord r = ROW.mapRow(rs, 0);
            if (keep.contains(r.seq())) {
                found.put(r.seq(), r);
            }
            String csv = rs.getString("csv");
            if (r.seq() != n[0]) {
                broken[0] = new Verification.Broken(r.id(), n[0], "position " + n[0] + " holds seq " + r.seq()
                        + ": a record before it was deleted or the records were renumbered");
            } else if (!r.previousHash().equals(previous[0])) {
                broken[0] = new Verification.Broken(r.id(), n[0], "previous hash does not match the record before it");
            } else if (r.kind() == Kind.PLAN && csv == null) {
                broken[0] = new Verification.Broken(r.id(), n[0], "the plan's rows are missing");
            } else if (!Chain.hash(r, csv == null ? null : Chain.sha256(csv)).equals(r.hash())) {
                broken[0] = new Verification.Broken(r.id(), n[0], "hash mismatch");
            }
            previous[0] = r.hash();
        });
        return new Verification(n[0], broken[0]);
    }

    static final RowMapper<AuditRecord> ROW = (ResultSet rs, int i) -> map(rs);

    private static AuditRecord map(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getString("id"), Kind.valueOf(rs.getString("kind")),
                rs.getObject("stored_at", OffsetDateTime.class).toInstant(), rs.getString("case_ref"),
                rs.getObject("as_of", LocalDate.class), rs.getString("ruleset_version"), rs.getString("requested_by"),
                rs.getString("request"), rs.getString("response"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
