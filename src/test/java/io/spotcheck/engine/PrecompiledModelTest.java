package io.spotcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.casefile.CaseFacts;
import io.spotcheck.engine.RuleSource.RuleFile;
import io.spotcheck.filing.Filing;
import io.spotcheck.handling.WorkingCalendar;
import io.spotcheck.register.CaseOpened;
import io.spotcheck.support.Samples;
import io.spotcheck.support.TestRules;
import io.spotcheck.targeting.PlanRequest;
import io.spotcheck.targeting.Planner;
import io.spotcheck.targeting.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.drools.core.common.IdentityObjectStore;
import org.drools.core.impl.InternalRuleBase;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.runtime.KieSession;

/**
 * The rules compiled at build time (the model packaged under {@code io/spotcheck/engine/model/}) are the rules the
 * compiler gives at run time: the same catalogue, the same firings in the same order, the same plan. Any change to
 * a rule file is compiled at run time.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("PrecompiledModelTest")
class PrecompiledModelTest {

    /** The tests' rules (the tests' calendar) compiled now, beside {@link TestRules#RULES} loaded from the model. */
    private static final RuleBase COMPILED = RuleBase.compile(TestRules.withTestCalendar(RuleSource.fromDirectory(Path.of("rules"))));

    @Test
    void thePackagedRulesLoadTheModelCompiledAtBuildTime() {
        RuleBase packaged = RuleBase.build(RuleSource.fromClasspath());

        assertThat(packaged.precompiled()).isTrue();
        assertThat(packaged.version()).isEqualTo(RuleSource.fromDirectory(Path.of("rules")).version());
    }

    @Test
    void theModelDependsOnTheRuleFilesOnlySoAnotherCalendarStillLoadsIt() {
        assertThat(TestRules.RULES.precompiled()).isTrue();
        assertThat(TestRules.RULES.version()).isNotEqualTo(RuleSource.fromClasspath().version());
        assertThat(COMPILED.precompiled()).isFalse();
    }

    @Test
    void bothRuleBasesAreImmutableSoASessionKeepsItsFactsInOneIdentityStore() {
        for (RuleBase rules : List.of(TestRules.RULES, COMPILED)) {
            assertThat(((InternalRuleBase) rules.kieBase()).getConfiguration().getOption(KieBaseMutabilityOption.KEY))
                    .isEqualTo(KieBaseMutabilityOption.DISABLED);
            KieSession session = rules.kieBase().newKieSession();
            try {
                assertThat(((StatefulKnowledgeSessionImpl) session).getObjectStore())
                        .isInstanceOf(IdentityObjectStore.class);
            } finally {
                session.dispose();
            }
        }
    }

    @Test
    void theModelGivesTheCatalogueTheCompilerGives() {
        assertThat(TestRules.RULES.rules()).hasSize(COMPILED.rules().size()).isEqualTo(COMPILED.rules());
        assertThat(RuleCatalogue.of(TestRules.RULES)).isEqualTo(RuleCatalogue.of(COMPILED));
    }

    @Test
    void everySampleFiresTheSameRulesInTheSameOrderConcludingTheSameFacts() throws Exception {
        for (Path sample : Samples.cases()) {
            var request = TestRules.READER.read(Files.readAllBytes(sample));

            var loaded = TestRules.RULES.run(RuleBase.Flow.CASE, caseFacts(TestRules.RULES, request));
            var compiled = COMPILED.run(RuleBase.Flow.CASE, caseFacts(COMPILED, request));

            assertThat(shape(loaded)).as(sample.toString()).isNotEmpty().isEqualTo(shape(compiled));
            assertThat(loaded.facts()).as(sample.toString()).isEqualTo(compiled.facts());
        }
    }

    @Test
    void theStepsOfAKeptCaseAreTheSame() {
        for (Filing filing : Filing.values()) {
            for (LocalDate opened : List.of(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 12, 31))) {
                var loaded = TestRules.RULES.run(RuleBase.Flow.STEPS, List.of(new CaseOpened(opened, filing),
                        TestRules.RULES.data(WorkingCalendar.class, WorkingCalendar::from)));
                var compiled = COMPILED.run(RuleBase.Flow.STEPS, List.of(new CaseOpened(opened, filing),
                        COMPILED.data(WorkingCalendar.class, WorkingCalendar::from)));

                assertThat(shape(loaded)).as(filing + " " + opened).isEqualTo(shape(compiled));
            }
        }
        assertThat(TestRules.RULES.run(RuleBase.Flow.STEPS, List.of(new CaseOpened(LocalDate.of(2026, 9, 25),
                Filing.MUST_FILE), TestRules.RULES.data(WorkingCalendar.class, WorkingCalendar::from))).firings())
                .isNotEmpty();
    }

    @Test
    void theSamplePlanIsTheSameToTheByte() {
        Planner.Files files = name -> {
            Path p = Path.of("samples/plan", name);
            return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
        };
        var request = new PlanRequest(2027, 120, "20270101", null);

        var loaded = new Planner(TestRules.RULES, Long.MAX_VALUE).plan(request, files, Progress.NONE);
        var compiled = new Planner(COMPILED, Long.MAX_VALUE).plan(request, files, Progress.NONE);

        assertThat(loaded.rows()).hasSize(120);
        assertThat(loaded.csv()).isEqualTo(compiled.csv());
        assertThat(loaded.summary().rulesFired()).isNotEmpty().isEqualTo(compiled.summary().rulesFired());
        assertThat(loaded.summary().qualityAnalysis()).isEqualTo(compiled.summary().qualityAnalysis());
    }

    @Test
    void aChangedRuleFileIsCompiledAtRunTime() {
        var shipped = RuleSource.fromDirectory(Path.of("rules"));
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile f : shipped.files()) {
            files.add(!f.path().equals("filing/outcome.drl") ? f : new RuleFile(f.path(),
                    f.text().replaceFirst("@en\\(\"", "@en(\"(changed) ").getBytes(StandardCharsets.UTF_8)));
        }
        var changed = RuleSource.of("changed", files);

        RuleBase rules = RuleBase.build(changed);

        assertThat(rules.precompiled()).isFalse();
        assertThat(rules.version()).isNotEqualTo(shipped.version());
        assertThat(rules.rules()).filteredOn(r -> r.file().equals("filing/outcome.drl"))
                .anySatisfy(r -> assertThat(r.en()).startsWith("(changed) "));
    }

    /**
     * The firings in order, each its rule, the facts it matched and those it concluded; a fact without a value
     * (the calendar of each rule base, Drools' initial fact) by its class.
     */
    private static List<List<Object>> shape(RuleBase.Run run) {
        return run.firings().stream().map(f -> List.<Object>of(f.rule(), value(f.matched()), value(f.concluded())))
                .toList();
    }

    private static List<Object> value(List<Object> facts) {
        return facts.stream().map(f -> f instanceof Record || f instanceof Enum<?> ? f : f.getClass().getName())
                .toList();
    }

    private static List<Object> caseFacts(RuleBase rules, io.spotcheck.casefile.CaseRequest request) {
        List<Object> facts = new ArrayList<>(CaseFacts.of(request));
        facts.add(rules.data(WorkingCalendar.class, WorkingCalendar::from));
        return facts;
    }
}
