package io.spotcheck.audit;

import static io.spotcheck.support.CaseBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.audit.AuditRecord.Kind;
import io.spotcheck.decision.CaseDecider;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.ruleset.RulesLoader;
import io.spotcheck.shared.Json;
import io.spotcheck.shared.Today;
import io.spotcheck.support.CaseBuilder;
import io.spotcheck.support.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A candidate rule change tried against past decisions: exactly the decisions it changes are reported. */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("ImpactTest")
class ImpactTest {

    private AuditLog log;
    private AuditWriter writer;
    private RulesetSnapshots snapshots;
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void storeDecisions() throws Exception {
        var ds = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        var jdbc = new JdbcTemplate(ds);
        log = new AuditLog(jdbc);
        writer = new AuditWriter(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)), Today.of(""));
        snapshots = new RulesetSnapshots(jdbc);
        for (Path sample : io.spotcheck.support.Samples.cases()) {
            store(TestRules.READER.read(Files.readAllBytes(sample)), TestRules.RULES);
        }
        store(letters(15), TestRules.RULES);
        store(letters(16), TestRules.RULES);
    }

    private static io.spotcheck.casefile.CaseRequest letters(int daysApart) {
        CaseBuilder c = aCase().set("caseRef", "LETTERS-" + daysApart).letter("2027-03-01", false)
                .letter(java.time.LocalDate.of(2027, 3, 1).plusDays(daysApart).toString(), false);
        return TestRules.READER.read(c.json());
    }

    private void store(io.spotcheck.casefile.CaseRequest request, RuleBase rules) {
        var d = new CaseDecider(() -> rules).decide(request, UUID.randomUUID().toString());
        snapshots.remember(rules.source());
        writer.append(new AuditWriter.Entry(d.decisionId(), Kind.DECISION, request.caseRef(), request.asOf(),
                d.rulesetVersion(), "test", Json.compact(request), Json.compact(d), null));
        ids.add(d.decisionId());
    }

    /** The shipped rules with one threshold moved, compiled once for the class (a compile is seconds of CPU). */
    @TempDir
    static Path candidateDir;
    private static RuleBase candidate;

    private static synchronized RuleBase candidate() throws Exception {
        if (candidate == null) {
            candidate = candidate(candidateDir);
        }
        return candidate;
    }

    private static RuleBase candidate(Path dir) throws Exception {
        try (var files = Files.walk(Path.of("rules"))) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path drl = dir.resolve("listing/abnormal-operations.drl");
        Files.writeString(drl, Files.readString(drl).replace("sentDay >= $first + 15", "sentDay >= $first + 16"));
        return RulesLoader.load(dir.toString());
    }

    @Test
    void aChangedThresholdReportsExactlyTheDecisionsItChanges() throws Exception {
        RuleBase candidate = candidate();

        Impact.Report report = Impact.of(log, candidate, null, null);

        String fifteen = ids.get(ids.size() - 2);
        assertThat(report.decisions()).isEqualTo(ids.size());
        assertThat(report.changed()).isEqualTo(1);
        assertThat(report.fields().get("listings").decisionIds()).containsExactly(fifteen);
        assertThat(report.fields().keySet()).containsExactlyInAnyOrder("listings", "explanation");
        assertThat(report.failed()).isEmpty();
        assertThat(report.text()).contains("1 would change").contains(fifteen);
    }

    @Test
    void anUnchangedRulesetChangesNothing() {
        Impact.Report report = Impact.of(log, TestRules.RULES, null, null);

        assertThat(report.changed()).isZero();
        assertThat(report.fields()).isEmpty();
    }

    @Test
    void aDecisionMadeUnderAnOlderRulesetReplaysUnderItExactly() throws Exception {
        RuleBase older = candidate();
        store(letters(15), older);
        AuditRecord record = log.find(ids.get(ids.size() - 1)).orElseThrow();

        RuleBase recorded = snapshots.load(record.rulesetVersion(), TestRules.RULES);

        assertThat(recorded.version()).isEqualTo(older.version()).isNotEqualTo(TestRules.RULES.version());
        assertThat(Replayer.rerun(record, recorded)).isEqualTo(record.response());
        assertThat(Replayer.differences(record.response(), Replayer.rerun(record, TestRules.RULES),
                java.util.Set.of("decisionId", "rulesetVersion"))).extracting(Replayer.Difference::field)
                .contains("listings");
    }
}
