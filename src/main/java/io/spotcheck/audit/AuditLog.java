package io.spotcheck.audit;

import io.spotcheck.audit.AuditRecord.Kind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log in the database: appends records to the chain (in transactions, so a record is either wholly
 * there or not at all, and acknowledged only once committed), finds and lists them, and walks the chain to verify it.
 */
@Repository
public class AuditLog {

    private static final String COLUMNS = "seq, id, kind, stored_at, case_ref, as_of, ruleset_version, requested_by, "
            + "request, response, previous_hash, hash";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private long tailSeq = -1;
    private String tailHash;

    public AuditLog(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** What to store; the log adds the position, time and hashes. */
    public record Entry(String id, Kind kind, String caseRef, LocalDate asOf, String rulesetVersion,
                        String requestedBy, String request, String response, String planCsv) {
    }

    private record Pending(Entry entry, CompletableFuture<AuditRecord> stored) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private Thread writer;

    /**
     * Appends {@code e} to the chain and returns the stored record once it is committed; throws
     * {@link StoreUnavailableException}. One writer thread links and commits waiting records together (group
     * commit: one transaction for all the records waiting), so the chain's order is the order of arrival.
     */
    public AuditRecord append(Entry e) {
        Pending p = new Pending(e, new CompletableFuture<>());
        startWriter();
        queue.add(p);
        try {
            return p.stored().get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while storing", ex);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof StoreUnavailableException s) {
                throw s;
            }
            throw new StoreUnavailableException("the audit store failed: " + ex.getCause(), ex.getCause());
        }
    }

    private synchronized void startWriter() {
        if (writer == null) {
            writer = new Thread(this::writeLoop, "audit-writer");
            writer.setDaemon(true);
            writer.start();
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, 499);
            write(batch);
            batch.clear();
        }
    }

    /**
     * Links and commits a batch in one transaction. Another writer on the same database (a second instance) may
     * have taken the next position: the unique position then refuses the batch, which is linked again to the new
     * tail (up to 5 times).
     */
    private void write(List<Pending> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (tailSeq < 0) {
                    loadTail();
                }
                List<AuditRecord> records = insert(batch);
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).stored().complete(records.get(i));
                }
                return;
            } catch (DuplicateKeyException raced) {
                tailSeq = -1;
                if (attempt == 5) {
                    fail(batch, new StoreUnavailableException("the audit chain is contended: " + raced.getMessage(), raced));
                    return;
                }
            } catch (RuntimeException ex) {
                tailSeq = -1; // the database may be gone: read the tail again next time
                fail(batch, new StoreUnavailableException("the audit store could not keep the record: "
                        + ex.getMessage(), ex));
                return;
            }
        }
    }

    private static void fail(List<Pending> batch, StoreUnavailableException e) {
        batch.forEach(p -> p.stored().completeExceptionally(e));
    }

    private List<AuditRecord> insert(List<Pending> batch) {
        long seq = tailSeq;
        String previous = tailHash;
        List<AuditRecord> records = new ArrayList<>(batch.size());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (Pending p : batch) {
            Entry e = p.entry();
            String planSha = e.planCsv() == null ? null : Chain.sha256(e.planCsv());
            var unhashed = new AuditRecord(++seq, e.id(), e.kind(), now, e.caseRef(), e.asOf(), e.rulesetVersion(),
                    e.requestedBy(), e.request(), e.response(), previous, null);
            var record = new AuditRecord(unhashed.seq(), unhashed.id(), unhashed.kind(), unhashed.storedAt(),
                    unhashed.caseRef(), unhashed.asOf(), unhashed.rulesetVersion(), unhashed.requestedBy(),
                    unhashed.request(), unhashed.response(), unhashed.previousHash(), Chain.hash(unhashed, planSha));
            records.add(record);
            previous = record.hash();
        }
        tx.executeWithoutResult(status -> {
            List<Object[]> rows = new ArrayList<>(records.size());
            List<Object[]> plans = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                AuditRecord r = records.get(i);
                rows.add(new Object[] {r.seq(), r.id(), r.kind().name(), OffsetDateTime.ofInstant(r.storedAt(),
                        ZoneOffset.UTC), r.caseRef(), r.asOf(), r.rulesetVersion(), r.requestedBy(), r.request(),
                        r.response(), r.previousHash(), r.hash()});
                String csv = batch.get(i).entry().planCsv();
                if (csv != null) {
                    plans.add(new Object[] {r.id(), csv});
                }
            }
            jdbc.batchUpdate("INSERT INTO audit_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows);
            if (!plans.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO plan_csv (id, csv) VALUES (?, ?)", plans);
            }
        });
        tailSeq = seq;
        tailHash = previous;
        return records;
    }

    private void loadTail() {
        List<AuditRecord> last = jdbc.query("SELECT " + COLUMNS + " FROM audit_record ORDER BY seq DESC LIMIT 1", ROW);
        tailSeq = last.isEmpty() ? 0 : last.get(0).seq();
        tailHash = last.isEmpty() ? Chain.GENESIS : last.get(0).hash();
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
        List<Object> args = new ArrayList<>();
        String where = where(kind, caseRef, from, to, args);
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

    /** The WHERE clause for a kind, an optional case and an optional range of days stored; fills {@code args}. */
    private static String where(Kind kind, String caseRef, LocalDate from, LocalDate to, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE kind = ?");
        args.add(kind.name());
        if (caseRef != null) {
            where.append(" AND case_ref = ?");
            args.add(caseRef);
        }
        if (from != null) {
            where.append(" AND stored_at >= ?");
            args.add(from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" AND stored_at < ?");
            args.add(to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
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

    /** The result of walking the chain: how many records, and the first broken one, if any. */
    public record Verification(long records, Broken broken) {
        public record Broken(String id, long position, String reason) {
        }
    }

    /** Walks the whole chain in order, recomputing every hash; names the first record that does not fit. */
    public Verification verify() {
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

    private static final RowMapper<AuditRecord> ROW = (ResultSet rs, int i) -> map(rs);

    private static AuditRecord map(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getString("id"), Kind.valueOf(rs.getString("kind")),
                rs.getObject("stored_at", OffsetDateTime.class).toInstant(), rs.getString("case_ref"),
                rs.getObject("as_of", LocalDate.class), rs.getString("ruleset_version"), rs.getString("requested_by"),
                rs.getString("request"), rs.getString("response"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
