package io.spotcheck.audit;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The chain on a real PostgreSQL: {@code SPOTCHECK_TEST_PG_URL} (default jdbc:postgresql://127.0.0.1:5432/spotcheck,
 * user and password spotcheck). Each test runs in a schema of its own, dropped afterwards. Outside CI, with no
 * PostgreSQL reachable, the tests are skipped with a message; in CI ({@code CI} set) they fail instead.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("PostgresChainTest")
class PostgresChainTest extends ChainContract {

    static final String URL = System.getenv().getOrDefault("SPOTCHECK_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/spotcheck");
    static final String USER = System.getenv().getOrDefault("SPOTCHECK_TEST_PG_USER", "spotcheck");
    static final String PASSWORD = System.getenv().getOrDefault("SPOTCHECK_TEST_PG_PASSWORD", "spotcheck");

    private String schema;

    @Override
    protected DataSource freshDatabase() {
        try (var c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            schema = "chain_" + UUID.randomUUID().toString().replace("-", "");
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "no PostgreSQL reachable at " + URL + " (" + e.getMessage() + ")";
            if (System.getenv("CI") != null) {
                fail(message + ": CI must run these tests (.ci/run starts PostgreSQL)");
            }
            Assumptions.abort(message + ": PostgreSQL tests skipped outside CI");
        }
        return new DriverManagerDataSource(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, USER,
                PASSWORD);
    }

    @Override
    protected long relinksAllowed() {
        return 0;
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            try (var c = DriverManager.getConnection(URL, USER, PASSWORD)) {
                c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
