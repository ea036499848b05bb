package io.spotcheck.audit;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The chain on a real PostgreSQL: {@code SPOTCHECK_TEST_PG_URL} (default jdbc:postgresql://127.0.0.1:5432/spotcheck,
 * user and password spotcheck). Each database a test asks for is a schema of its own behind a small connection pool, as
 * the service has (a connection per statement would pay PostgreSQL's SCRAM sign-in each time), dropped afterwards.
 * Outside CI, with no
 * PostgreSQL reachable, the tests are skipped with a message; in CI ({@code CI} set) they fail instead.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("PostgresChainTest")
class PostgresChainTest extends ChainContract {

    static final String URL = System.getenv().getOrDefault("SPOTCHECK_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/spotcheck");
    static final String USER = System.getenv().getOrDefault("SPOTCHECK_TEST_PG_USER", "spotcheck");
    static final String PASSWORD = System.getenv().getOrDefault("SPOTCHECK_TEST_PG_PASSWORD", "spotcheck");

    private final List<String> schemas = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();

    @Override
    protected DataSource freshDatabase() {
        String schema = "chain_" + UUID.randomUUID().toString().replace("-", "");
        try (var c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
            schemas.add(schema);
        } catch (SQLException e) {
            String message = "no PostgreSQL reachable at " + URL + " (" + e.getMessage() + ")";
            if (System.getenv("CI") != null) {
                fail(message + ": CI must run these tests (.ci/run starts PostgreSQL)");
            }
            Assumptions.abort(message + ": PostgreSQL tests skipped outside CI");
        }
        var pool = new HikariDataSource();
        pool.setJdbcUrl(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        pool.setUsername(USER);
        pool.setPassword(PASSWORD);
        pool.setMaximumPoolSize(4);
        pool.setMinimumIdle(1);
        pools.add(pool);
        return pool;
    }

    @Override
    protected long relinksAllowed() {
        return 0;
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        pools.forEach(HikariDataSource::close);
        if (!schemas.isEmpty()) {
            try (var c = DriverManager.getConnection(URL, USER, PASSWORD)) {
                for (String schema : schemas) {
                    c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }
}
