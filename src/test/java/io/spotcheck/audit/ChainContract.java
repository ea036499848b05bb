package io.spotcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotcheck.audit.AuditRecord.Kind;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain on a real database, migrated by the project's Flyway scripts: appending, reading, and
 * detecting every kind of tampering. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class ChainContract {

    protected DataSource dataSource;
    protected JdbcTemplate jdbc;
    protected AuditLog log;

    /** A fresh, empty database for one test. */
    protected abstract DataSource freshDatabase();

    @BeforeEach
    void migrate() {
        dataSource = freshDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        log = new AuditLog(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    private AuditRecord append(int n) {
        return log.append(new AuditLog.Entry("00000000-0000-0000-0000-00000000000" + n, Kind.DECISION, "CASE-" + n,
                LocalDate.of(2027, 1, n), "sha256:rules", "officer" + n, "{\"n\":" + n + "}", "{\"filing\":\"X" + n + "\"}",
                null));
    }

    private void appendFive() {
        for (int i = 1; i <= 5; i++) {
            append(i);
        }
    }

    @Test
    void migrationsCreateTheTables() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_record", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ruleset_snapshot", Integer.class)).isZero();
    }

    @Test
    void appendedRecordsLinkAndVerify() {
        AuditRecord first = append(1);
        AuditRecord second = append(2);

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(Chain.GENESIS);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(log.find(second.id())).hasValue(second);
        assertThat(log.verify()).isEqualTo(new AuditLog.Verification(2, null));
    }

    @Test
    void anEditedRecordIsNamed() {
        appendFive();
        jdbc.update("UPDATE audit_record SET response = '{\"filing\":\"NOT_APPLICABLE\"}' WHERE seq = 3");

        var v = log.verify();

        assertThat(v.records()).isEqualTo(5);
        assertThat(v.broken()).isEqualTo(new AuditLog.Verification.Broken(
                "00000000-0000-0000-0000-000000000003", 3, "hash mismatch"));
    }

    @Test
    void anEditedAndRehashedRecordBreaksTheNextLink() {
        appendFive();
        jdbc.update("UPDATE audit_record SET requested_by = 'someone else', hash = 'sha256:forged' WHERE seq = 2");

        var broken = log.verify().broken();

        assertThat(broken.position()).isEqualTo(2);
        assertThat(broken.reason()).isEqualTo("hash mismatch");
    }

    @Test
    void aDeletedRecordIsNamedByTheGapItLeaves() {
        appendFive();
        jdbc.update("DELETE FROM audit_record WHERE seq = 2");

        var v = log.verify();

        assertThat(v.records()).isEqualTo(4);
        assertThat(v.broken().id()).isEqualTo("00000000-0000-0000-0000-000000000003");
        assertThat(v.broken().reason()).contains("deleted");
    }

    @Test
    void deletingTheLastRecordIsCaughtByTheNextAppend() {
        appendFive();
        jdbc.update("DELETE FROM audit_record WHERE seq = 5");
        AuditLog fresh = new AuditLog(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));

        fresh.append(new AuditLog.Entry("00000000-0000-0000-0000-000000000009", Kind.DECISION, null, null,
                "sha256:rules", "x", "{}", "{}", null));

        assertThat(fresh.verify().broken()).isNull();
        assertThat(jdbc.queryForObject("SELECT seq FROM audit_record WHERE id LIKE '%09'", Long.class)).isEqualTo(5);
    }

    @Test
    void twoWritersOnOneDatabaseKeepOneChain() {
        AuditLog other = new AuditLog(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        append(1);
        other.append(new AuditLog.Entry("00000000-0000-0000-0000-000000000008", Kind.DECISION, null, null,
                "sha256:rules", "x", "{}", "{}", null));

        AuditRecord third = append(3);

        assertThat(third.seq()).isEqualTo(3);
        assertThat(log.verify()).isEqualTo(new AuditLog.Verification(3, null));
    }

    @Test
    void reorderedRecordsAreNamed() {
        appendFive();
        jdbc.update("UPDATE audit_record SET seq = 100 WHERE seq = 2");
        jdbc.update("UPDATE audit_record SET seq = 2 WHERE seq = 3");
        jdbc.update("UPDATE audit_record SET seq = 3 WHERE seq = 100");

        var broken = log.verify().broken();

        assertThat(broken.position()).isEqualTo(2);
        assertThat(broken.id()).isEqualTo("00000000-0000-0000-0000-000000000003");
        assertThat(broken.reason()).contains("previous hash");
    }

    @Test
    void aPlansRowsAreCoveredByItsHash() {
        append(1);
        log.append(new AuditLog.Entry("00000000-0000-0000-0000-000000000002", Kind.PLAN, null,
                LocalDate.of(2027, 1, 1), "sha256:rules", "planner", "{}", "{}", "uscc,name\nA,B\n"));
        jdbc.update("UPDATE plan_csv SET csv = 'uscc,name\nA,C\n'");

        assertThat(log.verify().broken()).isEqualTo(new AuditLog.Verification.Broken(
                "00000000-0000-0000-0000-000000000002", 2, "hash mismatch"));
        assertThat(log.planCsv("00000000-0000-0000-0000-000000000002")).hasValue("uscc,name\nA,C\n");
    }

    @Test
    void listsPagesNewestFirstFilteredByCase() {
        appendFive();

        var page = log.list(Kind.DECISION, null, null, null, 0, 2);
        var one = log.list(Kind.DECISION, "CASE-4", null, null, 0, 10);

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(AuditRecord::caseRef).containsExactly("CASE-5", "CASE-4");
        assertThat(one.items()).singleElement().satisfies(r -> assertThat(r.requestedBy()).isEqualTo("officer4"));
        assertThat(log.list(Kind.DECISION, null, LocalDate.now().plusDays(1), null, 0, 10).total()).isZero();
    }

    @Test
    void aDatabaseThatIsGoneIsReportedAsUnavailable() {
        append(1);
        breakTheDatabase();

        assertThatThrownBy(() -> append(2)).isInstanceOf(StoreUnavailableException.class);
    }

    /** Makes the database refuse writes. */
    protected void breakTheDatabase() {
        jdbc.execute("DROP TABLE plan_csv");
        jdbc.execute("DROP TABLE audit_record");
    }
}
