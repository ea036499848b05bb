package io.spotcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.audit.AuditRecord.Kind;
import io.spotcheck.shared.Today;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain's head outside the database (CONTRACT §5 version 2): deleting the newest records is caught against the
 * last checkpoint and against a receipt; a restore is accepted by appending the current head.
 */
class ChainHeadTest {

    @TempDir
    Path dir;

    private JdbcTemplate jdbc;
    private AuditWriter writer;
    private AuditLog log;
    private ChainHead head;
    private StoreHealth health;

    @BeforeEach
    void store() {
        var ds = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(ds);
        head = new ChainHead(dir.resolve("data/chain-head.log").toString());
        health = new StoreHealth(jdbc, head);
        writer = new AuditWriter(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)), Today.of(""),
                head, health);
        log = new AuditLog(jdbc);
    }

    private AuditRecord append(int n) {
        return writer.append(new AuditWriter.Entry(UUID.randomUUID().toString(), Kind.DECISION, "CASE-" + n,
                LocalDate.of(2026, 1, 1), "sha256:rules", "officer", "{\"n\":" + n + "}", "{}", null));
    }

    @Test
    @DisplayName("Every commit appends the head; the chain verifies against the last one")
    void everyCommitAppendsTheHead() throws Exception {
        append(1);
        AuditRecord last = append(2);

        assertThat(Files.readAllLines(dir.resolve("data/chain-head.log"))).hasSize(2);
        assertThat(head.last()).hasValueSatisfying(c -> {
            assertThat(c.position()).isEqualTo(2);
            assertThat(c.hash()).isEqualTo(last.hash());
        });
        var v = log.verify(head.last().orElse(null), List.of());
        assertThat(v.broken()).isNull();
        assertThat(v.checkpoint().position()).isEqualTo(2);
    }

    @Test
    @DisplayName("Deleting the newest records is named: truncated, the first missing position, the position expected")
    void deletingTheNewestRecordsIsCaught() {
        for (int i = 1; i <= 5; i++) {
            append(i);
        }
        jdbc.update("DELETE FROM audit_record WHERE seq > 3");

        var v = log.verify(head.last().orElse(null), List.of());

        assertThat(v.records()).isEqualTo(3);
        assertThat(v.broken()).isEqualTo(new AuditLog.Verification.Broken(null, 4, "truncated", 5L));
    }

    @Test
    @DisplayName("A receipt holds the database too: one past its end is truncation, one with another hash a mismatch")
    void receipts() {
        AuditRecord first = append(1);
        AuditRecord second = append(2);

        assertThat(log.verify(null, List.of(new AuditLog.Receipt(2, second.hash()))).broken()).isNull();
        assertThat(log.verify(null, List.of(new AuditLog.Receipt(3, second.hash()))).broken())
                .isEqualTo(new AuditLog.Verification.Broken(null, 3, "truncated", 3L));
        assertThat(log.verify(null, List.of(new AuditLog.Receipt(1, second.hash()))).broken())
                .isEqualTo(new AuditLog.Verification.Broken(first.id(), 1, "receipt mismatch"));
        assertThat(AuditLog.Receipt.parse("2:" + second.hash())).isEqualTo(new AuditLog.Receipt(2, second.hash()));
        assertThat(AuditLog.Receipt.parse("2:sha256:xyz")).isNull();
    }

    @Test
    @DisplayName("A checkpoint whose position holds another hash is a checkpoint mismatch; no head file is no checkpoint")
    void checkpointMismatchAndNoFile() throws Exception {
        append(1);
        head.append(new ChainHead.Checkpoint(1, "sha256:" + "f".repeat(64), Today.of("").now(), null, null));

        assertThat(log.verify(head.last().orElse(null), List.of()).broken().reason()).isEqualTo("checkpoint mismatch");
        assertThat(new ChainHead(dir.resolve("none.log").toString()).last()).isEmpty();
        assertThat(log.verify(null, List.of()).checkpoint()).isNull();
    }

    @Test
    @DisplayName("After a restore, accepting the current head makes the chain verify again")
    void acceptingARestoredHead() throws Exception {
        for (int i = 1; i <= 3; i++) {
            append(i);
        }
        jdbc.update("DELETE FROM audit_record WHERE seq = 3");
        AuditRecord now = log.head().orElseThrow();

        head.append(new ChainHead.Checkpoint(now.seq(), now.hash(), Today.of("").now(), "admin", "restored backup"));

        assertThat(log.verify(head.last().orElse(null), List.of()).broken()).isNull();
        assertThat(head.last().orElseThrow().reason()).isEqualTo("restored backup");
    }

    @Test
    @DisplayName("A head line cut short by a crash is skipped: the one before it holds")
    void aCutLineIsSkipped() throws Exception {
        AuditRecord last = append(1);
        Files.writeString(dir.resolve("data/chain-head.log"), "{\"position\":2,\"ha", java.nio.file.StandardOpenOption.APPEND);

        assertThat(head.last().orElseThrow().hash()).isEqualTo(last.hash());
    }

    @Test
    @DisplayName("The store is DOWN while it cannot write, and UP again by itself once it can (probe)")
    void healthFollowsTheStore() {
        append(1);
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
        jdbc.execute("ALTER TABLE audit_record RENAME TO audit_record_away");
        jdbc.execute("ALTER TABLE store_probe RENAME TO store_probe_away");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> append(2))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(health.down()).isTrue();
        health.probe();
        assertThat(health.down()).isTrue();

        jdbc.execute("ALTER TABLE audit_record_away RENAME TO audit_record");
        jdbc.execute("ALTER TABLE store_probe_away RENAME TO store_probe");
        health.probe();
        assertThat(health.down()).isFalse();
        assertThat(append(3).seq()).isEqualTo(2);
    }
}
