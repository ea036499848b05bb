package io.spotcheck.audit;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells the connection pool to drop a connection whose embedded H2 database has closed. H2 closes the database when
 * a write fails for want of space (its store stops at the first failed write, to keep the file sound); every pooled
 * connection then answers "The database has been closed" (90098) for ever, an error the pool does not take for a
 * broken connection, so the service never came back when space was freed (issue 10 item 5, on a real full disk).
 * Evicted, the connections are opened again, which opens the file again from its last sound state once it can be.
 * Set as {@code spring.datasource.hikari.exception-override-class-name}; other errors are left to the pool.
 */
public class ClosedStoreEviction implements SQLExceptionOverride {

    /** H2's DATABASE_IS_CLOSED and DATABASE_CALLED_AT_SHUTDOWN. */
    private static final int CLOSED = 90098;
    private static final int CLOSING = 90121;

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (s.getErrorCode() == CLOSED || s.getErrorCode() == CLOSING) {
                return Override.MUST_EVICT;
            }
        }
        return Override.CONTINUE_EVICT;
    }
}
