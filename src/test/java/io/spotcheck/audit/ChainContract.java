package io.spotcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotcheck.audit.AuditRecord.Kind;
import io.spotcheck.shared.Today;
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
    protected AuditWriter writer;

    /** A fresh, empty database for one test. */
    protected abstract DataSource freshDatabase();

    @BeforeEach
    void migrate() {
        dataSource = freshDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        log = new AuditLog(jdbc);
        writer = newWriter();
    }

    private AuditWriter newWriter() {
        return new AuditWriter(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                Today.of(""));
    }

    private AuditRecord append(int n) {
        return writer.append(new AuditWriter.Entry("00000000-0000-0000-0000-00000000000" + n, Kind.DECISION, "CASE-" + n,
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
        AuditWriter fresh = newWriter();

        fresh.append(new AuditWriter.Entry("00000000-0000-0000-0000-000000000009", Kind.DECISION, null, null,
                "sha256:rules", "x", "{}", "{}", null));

        assertThat(log.verify().broken()).isNull();
        assertThat(jdbc.queryForObject("SELECT seq FROM audit_record WHERE id LIKE '%09'", Long.class)).isEqualTo(5);
    }

    @Test
    void twoWritersOnOneDatabaseKeepOneChain() {
        AuditWriter other = newWriter();
        append(1);
        other.append(new AuditWriter.Entry("00000000-0000-0000-0000-000000000008", Kind.DECISION, null, null,
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
        writer.append(new AuditWriter.Entry("00000000-0000-0000-0000-000000000002", Kind.PLAN, null,
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
        assertThat(log.list(Kind.DECISION, null, LocalDate.now(Today.SHANGHAI).plusDays(1), null, 0, 10).total()).isZero();
    }

    @Test
    void aDatabaseThatIsGoneIsReportedAsUnavailable() {
        append(1);
        breakTheDatabase();

        assertThatThrownBy(() -> append(2)).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void aUnitOfManyRecordsIsStoredAllOrNone() {
        append(1);
        AuditWriter.Entry good = event("00000000-0000-0000-0000-000000000002", "A-1");
        AuditWriter.Entry clash = event("00000000-0000-0000-0000-000000000003", "A-1"); // same case_ref: refused

        assertThatThrownBy(() -> writer.appendAll(java.util.List.of(good, clash)))
                .isInstanceOf(RecordRefusedException.class);

        assertThat(log.verify()).isEqualTo(new AuditLog.Verification(1, null));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM register_case", Long.class)).isZero();
        var stored = writer.appendAll(java.util.List.of(good, event("00000000-0000-0000-0000-000000000004", "A-2")));
        assertThat(stored).extracting(AuditRecord::seq).containsExactly(2L, 3L);
        assertThat(log.verify()).isEqualTo(new AuditLog.Verification(3, null));
    }

    @Test
    void oneRefusedUnitNeverFailsTheOthersOfItsGroupCommit() throws Exception {
        writer.append(event("00000000-0000-0000-0000-000000000001", "B-0"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 1; i <= 40; i++) {
                String ref = i % 10 == 0 ? "B-0" : "B-" + i; // every tenth clashes with a stored case
                String id = String.format("00000000-0000-0000-0000-%012d", 100 + i);
                futures.add(pool.submit(() -> writer.append(event(id, ref))));
            }
            int refused = 0;
            for (var f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(RecordRefusedException.class);
                    refused++;
                }
            }
            assertThat(refused).isEqualTo(4);
        } finally {
            pool.shutdown();
        }
        assertThat(log.verify()).isEqualTo(new AuditLog.Verification(37, null));
    }

    /**
     * How often two writers appending at once may find their position taken and link again (issue 10 item 9): on
     * PostgreSQL, where replicas share a database, never (they wait for each other's lock); on H2 a second writer is
     * another process's tool and may race.
     */
    protected long relinksAllowed() {
        return Long.MAX_VALUE;
    }

    @Test
    void twoWritersAppendingAtOnceKeepOneChainAndNeverFailForContention() throws Exception {
        AuditWriter other = newWriter();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<AuditRecord>>();
            for (int i = 1; i <= 400; i++) {
                AuditWriter w = i % 2 == 0 ? writer : other;
                String id = String.format("00000000-0000-0000-0000-%012d", i);
                futures.add(pool.submit(() -> w.append(new AuditWriter.Entry(id, Kind.DECISION, "CASE-" + id, null,
                        "sha256:rules", "officer", "{}", "{}", null))));
            }
            for (var f : futures) {
                f.get(); // a StoreUnavailableException ("contended") would fail here
            }
        } finally {
            pool.shutdown();
        }

        assertThat(log.verify()).isEqualTo(new AuditLog.Verification(400, null));
        assertThat(writer.relinks() + other.relinks()).isLessThanOrEqualTo(relinksAllowed());
    }

    @Test
    void registerRecordsNeedNoRulesetVersionNorResponse() {
        AuditRecord r = writer.append(event("00000000-0000-0000-0000-000000000001", "C-1"));

        assertThat(log.find(r.id())).hasValueSatisfying(found -> {
            assertThat(found.kind()).isEqualTo(Kind.CASE);
            assertThat(found.rulesetVersion()).isNull();
            assertThat(found.response()).isNull();
        });
        assertThat(log.verify()).isEqualTo(new AuditLog.Verification(1, null));
    }

    @Test
    void aVersionOneChainStillVerifiesAfterTheRegisterMigration() {
        DataSource v1 = freshDatabase();
        Flyway.configure().dataSource(v1).locations("classpath:db/migration").target("1").load().migrate();
        JdbcTemplate old = new JdbcTemplate(v1);
        AuditWriter oldWriter = new AuditWriter(old, new TransactionTemplate(new DataSourceTransactionManager(v1)),
                Today.of(""));
        for (int n = 1; n <= 3; n++) {
            oldWriter.append(new AuditWriter.Entry("00000000-0000-0000-0000-00000000000" + n, Kind.DECISION,
                    "CASE-" + n, LocalDate.of(2027, 1, n), "sha256:rules", "officer", "{}", "{\"n\":" + n + "}",
                    n == 2 ? "uscc\n" : null));
        }

        Flyway.configure().dataSource(v1).locations("classpath:db/migration").load().migrate();

        assertThat(new AuditLog(old).verify()).isEqualTo(new AuditLog.Verification(3, null));
    }

    /** A case-opening record with its index row (the index's primary key refuses a second one of the same case). */
    private static AuditWriter.Entry event(String id, String caseRef) {
        return new AuditWriter.Entry(id, Kind.CASE, caseRef, LocalDate.of(2027, 1, 1), null, "officer",
                "{\"caseRef\":\"" + caseRef + "\"}", null, null, (jdbc, r) -> jdbc.update(
                "INSERT INTO register_case (case_ref, id, uscc, opened_on) VALUES (?, ?, ?, ?)", caseRef, r.id(),
                "91310115MA1K3YJ574", r.asOf()));
    }

    /** Makes the database refuse writes. */
    protected void breakTheDatabase() {
        for (String table : java.util.List.of("plan_csv", "register_event", "register_case", "register_result",
                "audit_record")) {
            jdbc.execute("DROP TABLE " + table);
        }
    }
}
