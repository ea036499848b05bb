package io.spotcheck.audit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the store can write (CONTRACT §5 "The store fails loudly and recovers"): {@code DOWN} — and the service's
 * health with it — from a write that failed for the store's sake until a write succeeds again. While down, a health
 * check probes the store (a committed one-row update and the head file) at most every 5 seconds, so the service
 * comes back by itself once space is freed or the database is back. The failure is logged once a minute, one line,
 * with how many requests it refused since.
 */
@Component("auditStore")
public class StoreHealth implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(StoreHealth.class);
    private static final long LOG_EVERY = Duration.ofMinutes(1).toNanos();
    private static final long PROBE_EVERY = Duration.ofSeconds(5).toNanos();

    private final JdbcTemplate jdbc;
    private final ChainHead head;
    private volatile String failure;
    private volatile long lastLog = System.nanoTime() - LOG_EVERY;
    private volatile long lastProbe;
    private final AtomicLong refused = new AtomicLong();

    public StoreHealth(JdbcTemplate jdbc, ChainHead head) {
        this.jdbc = jdbc;
        this.head = head;
    }

    /** A write succeeded: the store is up. */
    public void wrote() {
        if (failure != null) {
            log.warn("audit store writes again (after {} refused requests)", refused.getAndSet(0));
            failure = null;
        }
    }

    /** A write failed for the store's sake: down, logged once a minute in one line. */
    public void failed(Throwable e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                .orElse("");
        failure = why.length() > 300 ? why.substring(0, 300) + "…" : why;
        long n = refused.incrementAndGet();
        long now = System.nanoTime();
        if (now - lastLog >= LOG_EVERY) {
            lastLog = now;
            log.error("audit store cannot write ({} requests refused in the last minute): {}", n, failure);
            refused.set(0);
        }
    }

    public boolean down() {
        return failure != null;
    }

    @Override
    public Health health() {
        if (failure != null && System.nanoTime() - lastProbe >= PROBE_EVERY) {
            lastProbe = System.nanoTime();
            probe();
        }
        return failure == null ? Health.up().build() : Health.down().withDetail("error", failure).build();
    }

    /** Tries a committed write and the head file; up again when both work. */
    void probe() {
        try {
            jdbc.update("UPDATE store_probe SET checked_at = CURRENT_TIMESTAMP WHERE id = 1");
            head.probe();
            wrote();
        } catch (Exception e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("");
        }
    }
}
