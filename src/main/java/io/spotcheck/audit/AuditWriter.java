package io.spotcheck.audit;

import io.spotcheck.audit.AuditRecord.Kind;
import io.spotcheck.shared.Today;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends records to the chain. A call hands over one <em>unit</em> — one record, or several that must be kept
 * all or none (an import of many results) — and returns once the unit is committed. One writer thread links and
 * commits the units waiting together (group commit: one transaction), so the chain's order is the order of arrival
 * and a record is acknowledged only once it is in the database. The side tables a record brings (a plan's rows, a
 * result's index row) are written in the same transaction. If the group fails for a reason of its own (a
 * constraint, a bad value), each unit is tried again alone, so one bad unit never fails the others.
 */
@Component
public class AuditWriter {

    /** Units linked into one transaction at most. */
    private static final int GROUP = 500;
    /** Another writer on the same database (a second instance) took the next position: link again, this often. */
    private static final int CONTENDED_ATTEMPTS = 100;
    /** The first key of the PostgreSQL advisory lock that serialises the writers of one schema's chain. */
    private static final int CHAIN_LOCK = 1_010_046;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Today today;
    private final ChainHead head;
    private final StoreHealth health;
    /** The last record stored by a call on this thread: the receipt of the request it serves. */
    private static final ThreadLocal<AuditRecord> LAST_STORED = new ThreadLocal<>();
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private long tailSeq = -1;
    private String tailHash;
    /** Whether writers take the chain's lock (PostgreSQL: several replicas may write); null until known. */
    private Boolean serialised;
    /** The position the group being written was linked to (the writer thread's). */
    private long linkedTo;
    /** Attempts that found their position taken by another writer, since the start. */
    private final java.util.concurrent.atomic.AtomicLong relinks = new java.util.concurrent.atomic.AtomicLong();
    private Thread writer;

    /** Without a head file or health: for tools and tests. */
    public AuditWriter(JdbcTemplate jdbc, TransactionTemplate tx, Today today) {
        this(jdbc, tx, today, ChainHead.none(), null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public AuditWriter(JdbcTemplate jdbc, TransactionTemplate tx, Today today, ChainHead head, StoreHealth health) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.today = today;
        this.head = head;
        this.health = health;
    }

    /** How often a group found its position in the chain taken by another writer and was linked again. */
    public long relinks() {
        return relinks.get();
    }

    /** The last record the calls of this thread stored since {@link #forgetLastStored()}, or null. */
    public static AuditRecord lastStored() {
        return LAST_STORED.get();
    }

    public static void forgetLastStored() {
        LAST_STORED.remove();
    }

    /** Writes what a record brings beside itself, in the record's transaction. */
    @FunctionalInterface
    public interface SideRows {
        void write(JdbcTemplate jdbc, AuditRecord record);
    }

    /**
     * What to store; the writer adds the position, time and hashes. {@code request} is the record's payload
     * (canonical JSON); {@code rulesetVersion} and {@code response} are null for results, cases and events.
     * {@code planCsv}, when given, is covered by the hash through its SHA-256.
     */
    public record Entry(String id, Kind kind, String caseRef, LocalDate asOf, String rulesetVersion,
                        String requestedBy, String request, String response, String planCsv, SideRows sideRows) {

        public Entry(String id, Kind kind, String caseRef, LocalDate asOf, String rulesetVersion, String requestedBy,
                     String request, String response, String planCsv) {
            this(id, kind, caseRef, asOf, rulesetVersion, requestedBy, request, response, planCsv,
                    planCsv == null ? null : (jdbc, r) -> jdbc.update("INSERT INTO plan_csv (id, csv) VALUES (?, ?)",
                            r.id(), planCsv));
        }
    }

    private record Pending(List<Entry> entries, CompletableFuture<List<AuditRecord>> stored) {
    }

    /** Appends one record and returns it once committed; throws {@link StoreUnavailableException}. */
    public AuditRecord append(Entry e) {
        return appendAll(List.of(e)).get(0);
    }

    /** Appends {@code entries} all or none, in order, and returns them once committed. */
    public List<AuditRecord> appendAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Pending p = new Pending(List.copyOf(entries), new CompletableFuture<>());
        startWriter();
        queue.add(p);
        try {
            List<AuditRecord> stored = p.stored().get();
            LAST_STORED.set(stored.get(stored.size() - 1));
            return stored;
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
        List<Pending> group = new ArrayList<>();
        while (true) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(group, GROUP - 1);
            if (!write(group) && group.size() > 1) {
                group.forEach(p -> write(List.of(p))); // the group failed: each unit alone, so only a bad one fails
            }
            group.clear();
        }
    }

    /**
     * Links and commits a group in one transaction; completes its units and returns true, or returns false
     * (units not completed) when the group failed and has more than one unit, else fails the unit.
     */
    private boolean write(List<Pending> group) {
        for (int attempt = 1; ; attempt++) {
            linkedTo = -1;
            try {
                if (tailSeq < 0) {
                    loadTail();
                }
                linkedTo = tailSeq;
                List<List<AuditRecord>> records = insert(group);
                if (health != null) {
                    health.wrote();
                }
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).stored().complete(records.get(i));
                }
                return true;
            } catch (DuplicateKeyException raced) {
                tailSeq = -1;
                loadTailQuietly();
                boolean contended = tailSeq != linkedTo;
                if (contended) {
                    relinks.incrementAndGet();
                }
                if (contended && attempt < CONTENDED_ATTEMPTS) {
                    continue;
                }
                return failed(group, contended
                        ? new StoreUnavailableException("the audit chain is contended: " + raced.getMessage(), raced)
                        : new RecordRefusedException("the store refused the record: " + raced.getMostSpecificCause()
                        .getMessage(), raced));
            } catch (RuntimeException ex) {
                tailSeq = -1; // the database may be gone: read the tail again next time
                if (group.size() == 1 && health != null) {
                    health.failed(ex);
                }
                return failed(group, new StoreUnavailableException("the audit store could not keep the record: "
                        + firstLine(ex.getMessage()), ex));
            }
        }
    }

    private static boolean failed(List<Pending> group, StoreUnavailableException e) {
        if (group.size() > 1) {
            return false;
        }
        group.get(0).stored().completeExceptionally(e);
        return true;
    }

    private List<List<AuditRecord>> insert(List<Pending> group) {
        Instant now = today.now().truncatedTo(ChronoUnit.MILLIS);
        List<List<AuditRecord>> linked = tx.execute(status -> {
            if (Boolean.TRUE.equals(serialised)) {
                // Replicas on one PostgreSQL wait for each other here instead of racing for the next position: the
                // lock is the transaction's, and the tail is read again under it (another replica may have appended).
                jdbc.query("SELECT pg_advisory_xact_lock(" + CHAIN_LOCK + ", hashtext(current_schema()))",
                        rs -> null);
                loadTail();
            }
            return linkAndInsert(group, now);
        });
        List<AuditRecord> last = linked.get(linked.size() - 1);
        tailSeq = last.get(last.size() - 1).seq();
        tailHash = last.get(last.size() - 1).hash();
        try {
            head.append(new ChainHead.Checkpoint(tailSeq, tailHash, now, null, null));
        } catch (java.io.IOException e) {
            throw new StoreUnavailableException("the chain's head cannot be written to its file: " + e.getMessage(), e);
        }
        return linked;
    }

    private List<List<AuditRecord>> linkAndInsert(List<Pending> group, Instant now) {
        linkedTo = tailSeq;
        long seq = tailSeq;
        String previous = tailHash;
        List<List<AuditRecord>> linked = new ArrayList<>(group.size());
        List<Object[]> rows = new ArrayList<>();
        for (Pending p : group) {
            List<AuditRecord> records = new ArrayList<>(p.entries().size());
            for (Entry e : p.entries()) {
                String planSha = e.planCsv() == null ? null : Chain.sha256(e.planCsv());
                var unhashed = new AuditRecord(++seq, e.id(), e.kind(), now, e.caseRef(), e.asOf(),
                        e.rulesetVersion(), e.requestedBy(), e.request(), e.response(), previous, null);
                AuditRecord r = unhashed.withHash(Chain.hash(unhashed, planSha));
                records.add(r);
                rows.add(new Object[] {r.seq(), r.id(), r.kind().name(), OffsetDateTime.ofInstant(r.storedAt(),
                        ZoneOffset.UTC), r.caseRef(), r.asOf(), r.rulesetVersion(), r.requestedBy(), r.request(),
                        r.response(), r.previousHash(), r.hash()});
                previous = r.hash();
            }
            linked.add(records);
        }
        jdbc.batchUpdate("INSERT INTO audit_record (" + AuditLog.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        for (int i = 0; i < group.size(); i++) {
            List<Entry> entries = group.get(i).entries();
            for (int j = 0; j < entries.size(); j++) {
                if (entries.get(j).sideRows() != null) {
                    entries.get(j).sideRows().write(jdbc, linked.get(i).get(j));
                }
            }
        }
        return linked;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private void loadTail() {
        if (serialised == null) {
            serialised = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData()
                    .getDatabaseProductName()));
        }
        List<Object[]> last = jdbc.query("SELECT seq, hash FROM audit_record ORDER BY seq DESC LIMIT 1",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)});
        tailSeq = last.isEmpty() ? 0 : (Long) last.get(0)[0];
        tailHash = last.isEmpty() ? Chain.GENESIS : (String) last.get(0)[1];
    }

    private void loadTailQuietly() {
        try {
            loadTail();
        } catch (RuntimeException e) {
            tailSeq = -1;
        }
    }
}
