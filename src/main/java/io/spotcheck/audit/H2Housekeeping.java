package io.spotcheck.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file close to the size of its data (issue 10 item 8). The store is opened with
 * {@code WRITE_DELAY=0} so that a record is in the file before it is answered (a {@code kill -9} loses nothing
 * acknowledged); but in H2 2.x that setting also stops the store's background thread, which is what rewrites
 * partly dead chunks. Every commit writes a new chunk holding the pages it changed (copy on write: the table's leaf
 * with its latest rows, a leaf of each index, their parents), so nearly every chunk keeps a few live pages and is
 * never freed: the file grew by about 4 times the data. This does that thread's compaction: once a second, when the
 * chunks are less than {@value #TARGET_FILL} % live, their live pages are rewritten (at most {@value #WRITE_LIMIT}
 * bytes a round), and a chunk with nothing live is freed for new chunks once H2's retention time has passed.
 * <p>
 * The retention time is what lets the file survive a power cut: a freed chunk is not overwritten before the writes
 * that replaced it are on the disk. H2 keeps freed chunks 45 s by default, assuming the operating system flushes its
 * buffers within that time; under load that is 45 s of commits (about 36 KB each) kept in the file. Here every round
 * first forces the file to the disk ({@code fsync}), so the retention is {@value #RETENTION_MS} ms while this runs
 * (several rounds, each flushing). Nothing when the store is PostgreSQL, in memory, or served by another process
 * ({@code AUTO_SERVER}: its owner does it).
 */
@Component
public class H2Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);
    /** Live bytes in the chunks below which they are compacted, in percent. */
    static final int TARGET_FILL = 80;
    /** Bytes rewritten by one round at most. */
    static final int WRITE_LIMIT = 16 * 1024 * 1024;
    /** How long a freed chunk is kept before it is overwritten, in ms: several rounds, each of which flushes. */
    static final int RETENTION_MS = 5_000;

    private final DataSource dataSource;
    private ScheduledExecutorService timer;

    public H2Housekeeping(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        MVStore store = store();
        if (store == null) {
            return;
        }
        store.sync();
        store.setRetentionTime(RETENTION_MS);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "h2-housekeeping");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::compactQuietly, 1, 1, TimeUnit.SECONDS);
    }

    private void compactQuietly() {
        try {
            compact();
        } catch (RuntimeException e) {
            log.debug("H2 compaction skipped: {}", e.getMessage());
        }
    }

    /**
     * One round: forces the file to the disk, then rewrites the live pages of the emptiest chunks when the chunks are
     * less than {@value #TARGET_FILL} % live, and stores them. Returns the chunks' fill rate before, or -1 when there
     * is no embedded H2 file.
     */
    public int compact() {
        MVStore store = store();
        if (store == null || store.isClosed()) {
            return -1;
        }
        store.sync();
        int fill = store.getFileStore().getChunksFillRate();
        if (fill < TARGET_FILL) {
            store.compact(TARGET_FILL, WRITE_LIMIT);
            store.tryCommit();
        }
        return fill;
    }

    /** The embedded H2 file store this service owns, or null. */
    private MVStore store() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.isWrapperFor(JdbcConnection.class)
                    || !(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local)
                    || !local.getDatabase().isPersistent()) {
                return null;
            }
            MVStore store = local.getDatabase().getStore().getMvStore();
            return store.getFileStore() == null ? null : store;
        } catch (SQLException e) {
            return null;
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
