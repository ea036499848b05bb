package io.spotcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.audit.AuditRecord.Kind;
import io.spotcheck.shared.Today;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded H2 file grows by less than twice the bytes of its records (issue 10 item 8: by 3.7 to 5 times). Decisions of
 * the size the service stores (a request of about 600 bytes, a response of about 8 KB) are appended one commit at a
 * time into a file database under {@code target/}, opened with the options of {@code application.properties}, while
 * {@link H2Housekeeping} runs a round every 20 decisions (the service: once a second). The one difference from the
 * service: H2's retention time is 0 here, as a test does not wait out the 45 s for which the service keeps freed
 * chunks before reusing them. Here the file grew by 3.3 times the records' bytes before (neither compression nor
 * housekeeping), 2.5 times with the housekeeping alone, 1.5 to 1.65 times with {@code COMPRESS=TRUE} alone, and 0.64 to
 * 1.36 times with both (the file is a high-water mark: it depends on where the rounds fall between the commits). A few
 * more rounds (at most fifty) then bring the chunks to at least {@value H2Housekeeping#TARGET_FILL} % live.
 */
class H2GrowthTest {

    private static final int DECISIONS = 400;

    private SingleConnectionDataSource dataSource;
    private Path dir;

    @AfterEach
    void close() throws IOException {
        if (dataSource != null) {
            dataSource.destroy();
        }
        if (dir != null) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void theFileGrowsByLessThanTwiceItsRecords() throws Exception {
        dir = Files.createDirectories(Path.of("target", "h2-growth-" + UUID.randomUUID()));
        dataSource = new SingleConnectionDataSource("jdbc:h2:file:" + dir.toAbsolutePath().resolve("store")
                + serviceOptions() + ";RETENTION_TIME=0", "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        AuditWriter writer = new AuditWriter(jdbc, new TransactionTemplate(new DataSourceTransactionManager(
                dataSource)), Today.of(""));
        H2Housekeeping housekeeping = new H2Housekeeping(dataSource);
        long start = Files.size(dir.resolve("store.mv.db"));
        Random random = new Random(10);

        for (int i = 1; i <= DECISIONS; i++) {
            writer.append(new AuditWriter.Entry(UUID.randomUUID().toString(), Kind.DECISION, "CASE-" + i,
                    LocalDate.of(2027, 1, 1), "sha256:rules", "officer", json(random, 600), json(random, 8000), null));
            if (i % 20 == 0) {
                assertThat(housekeeping.compact()).isBetween(0, 100);
            }
        }

        long recordBytes = jdbc.queryForObject("SELECT SUM(OCTET_LENGTH(request) + OCTET_LENGTH(response)"
                + " + OCTET_LENGTH(id) + OCTET_LENGTH(hash) + OCTET_LENGTH(previous_hash) + 40) FROM audit_record",
                Long.class);
        long fileBytes = Files.size(dir.resolve("store.mv.db")) - start;
        // the service runs a round a second for as long as it runs; here up to fifty back to back. Twice in about
        // twenty-five full suites on a busy machine ten rounds in a row did nothing (the fill stayed at 43-44 %):
        // a cause that fits, not caught in the act: H2's compact tries its store lock for only 10 ms and skips the round
        // when it is held, which a round a second rides out but rounds a few milliseconds apart may not. The fill of
        // each round is kept for the message.
        int fill = 0;
        java.util.List<Integer> fills = new java.util.ArrayList<>();
        for (int round = 0; round < 50 && fill < H2Housekeeping.TARGET_FILL; round++) {
            fill = housekeeping.compact();
            fills.add(fill);
        }

        assertThat(recordBytes / DECISIONS).isGreaterThan(8000);
        assertThat((double) fileBytes / recordBytes).as("file bytes per record byte").isLessThan(2.0);
        assertThat(fill).as("live share of the chunks after a few rounds: %s", fills).isGreaterThanOrEqualTo(
                H2Housekeeping.TARGET_FILL);
        assertThat(new AuditLog(jdbc).verify()).isEqualTo(new AuditLog.Verification(DECISIONS, null));
    }

    @Test
    void nothingIsDoneWithoutAnEmbeddedFile() throws SQLException {
        dataSource = new SingleConnectionDataSource("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "", true);

        assertThat(new H2Housekeeping(dataSource).compact()).isEqualTo(-1);
    }

    /** The options after the path in the service's H2 URL. */
    private static String serviceOptions() throws IOException {
        Properties p = new Properties();
        try (InputStream in = H2GrowthTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        String url = p.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:");
        return url.substring(url.indexOf(';'));
    }

    /** Canonical-looking JSON of about {@code length} characters, some Chinese, from a seeded generator. */
    private static String json(Random random, int length) {
        String[] words = {"\"firm\":", "\"category\":", "\"kettle\"", "\"unsafe\"", "\"rule\":", "\"FIL-003\"", "true",
                "false", "\"2027-01-01\"", "\"应当立案\"", "\"产品质量法第四十九条\"", "\"basis\":", "0.25", "null"};
        StringBuilder b = new StringBuilder("{");
        while (b.length() < length) {
            b.append(words[random.nextInt(words.length)]).append(random.nextInt(100_000)).append(',');
        }
        return b.append("\"end\":1}").toString();
    }
}
