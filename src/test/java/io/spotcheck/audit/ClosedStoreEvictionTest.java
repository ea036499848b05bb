package io.spotcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride.Override;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A closed embedded database is opened again through fresh connections (issue 10 item 5, found on a real full disk:
 * H2 closes its database at the first write that fails for want of space, and the pool's connections answered
 * "The database has been closed" until a restart). Here the database is closed the way H2 closes it, under the
 * pool's feet, while the pool holds four connections.
 */
class ClosedStoreEvictionTest {

    private final Path dir = Path.of("target", "closed-" + UUID.randomUUID()).toAbsolutePath();

    @AfterEach
    void removeTheFiles() throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    @Test
    void aClosedDatabaseIsOpenedAgainThroughFreshConnections() throws Exception {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:file:" + dir.resolve("store") + ";WRITE_DELAY=0");
            pool.setUsername("sa");
            pool.setMaximumPoolSize(4);
            pool.setMinimumIdle(4);
            pool.setExceptionOverrideClassName(ClosedStoreEviction.class.getName());
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.execute("CREATE TABLE t (n INT)");
            holdAll(pool, 4);
            jdbc.execute("SHUTDOWN IMMEDIATELY"); // what H2 does to the database when its store panics

            List<Boolean> answered = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                try {
                    jdbc.update("INSERT INTO t VALUES (?)", i);
                    answered.add(true);
                } catch (RuntimeException e) {
                    answered.add(false);
                }
            }

            assertThat(answered.subList(4, 8)).containsOnly(true); // at most the pool's four stale connections fail
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t", Integer.class)).isEqualTo(
                    (int) answered.stream().filter(a -> a).count());
        }
    }

    @Test
    void onlyAClosedDatabaseForcesEviction() {
        var eviction = new ClosedStoreEviction();

        assertThat(eviction.adjudicate(new SQLException("The database has been closed", "90098", 90098)))
                .isEqualTo(Override.MUST_EVICT);
        assertThat(eviction.adjudicate(new SQLException("Unique index or primary key violation", "23505", 23505)))
                .isEqualTo(Override.CONTINUE_EVICT);
    }

    /** Borrows n connections at once and gives them back, so the pool holds n open ones. */
    private static void holdAll(HikariDataSource pool, int n) throws SQLException {
        List<java.sql.Connection> held = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            held.add(pool.getConnection());
        }
        for (var c : held) {
            c.close();
        }
    }
}
