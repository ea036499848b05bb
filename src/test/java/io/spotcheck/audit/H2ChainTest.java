package io.spotcheck.audit;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The chain on H2, the embedded default. */
class H2ChainTest extends ChainContract {

    @Override
    protected DataSource freshDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
