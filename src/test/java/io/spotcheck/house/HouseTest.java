package io.spotcheck.house;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The house table of STYLE.md, stated as rules over the compiled classes: features below, adapters on top, no
 * circles. A new room (the register, the evaluation) gets its row here first.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("HouseTest")
class HouseTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.spotcheck");

    private static final String[] ADAPTERS = {"io.spotcheck.web..", "io.spotcheck.pages..", "io.spotcheck.cli.."};
    private static final String[] FACTS = {"io.spotcheck.casefile..", "io.spotcheck.classification..",
            "io.spotcheck.filing..", "io.spotcheck.interview..", "io.spotcheck.listing..", "io.spotcheck.handling.."};
    private static final String[] STORAGE = {"org.springframework.jdbc..", "java.sql.."};

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }

    @Test
    @DisplayName("No package of io.spotcheck depends on itself through others")
    void noCycles() {
        check(slices().matching("io.spotcheck.(*)..").should().beFreeOfCycles());
    }

    @Test
    @DisplayName("The root package holds only the entry point: nothing depends on it")
    void rootIsOnlyTheEntryPoint() {
        check(noClasses().that().resideOutsideOfPackage("io.spotcheck").should().dependOnClassesThat()
                .resideInAPackage("io.spotcheck"));
    }

    @Test
    @DisplayName("security/ uses only the shared helpers and the request's vocabulary (districts)")
    void securityIsCrossCutting() {
        check(noClasses().that().resideInAPackage("io.spotcheck.security..").should().dependOnClassesThat()
                .resideInAnyPackage("io.spotcheck.decision..", "io.spotcheck.targeting..", "io.spotcheck.audit..",
                        "io.spotcheck.register..", "io.spotcheck.evaluation..", "io.spotcheck.engine..",
                        "io.spotcheck.web..", "io.spotcheck.pages..", "io.spotcheck.cli..", "io.spotcheck.boot.."));
    }

    @Test
    @DisplayName("engine/ (the rule base) uses nothing of the service but the shared helpers")
    void engineIsTheFloor() {
        check(noClasses().that().resideInAPackage("io.spotcheck.engine..").should().dependOnClassesThat()
                .resideInAnyPackage("io.spotcheck.casefile..", "io.spotcheck.classification..", "io.spotcheck.filing..",
                        "io.spotcheck.interview..", "io.spotcheck.listing..", "io.spotcheck.handling..",
                        "io.spotcheck.decision..", "io.spotcheck.targeting..", "io.spotcheck.audit..",
                        "io.spotcheck.register..", "io.spotcheck.evaluation..", "io.spotcheck.ruleset..",
                        "io.spotcheck.boot..", "io.spotcheck.security..", "io.spotcheck.web..", "io.spotcheck.pages..",
                        "io.spotcheck.cli.."));
    }

    @Test
    @DisplayName("The request and the facts the rules derive use the engine only: no decision, plan, storage or adapter")
    void factsStayBelow() {
        check(noClasses().that().resideInAnyPackage(FACTS).should().dependOnClassesThat()
                .resideInAnyPackage(up("io.spotcheck.decision..", "io.spotcheck.targeting..")));
        check(noClasses().that().resideInAnyPackage(FACTS).should().dependOnClassesThat()
                .resideInAnyPackage(STORAGE));
    }

    @Test
    @DisplayName("decision/ and targeting/ use the features and the engine, never storage or adapters")
    void decisionAndPlan() {
        check(noClasses().that().resideInAnyPackage("io.spotcheck.decision..", "io.spotcheck.targeting..")
                .should().dependOnClassesThat().resideInAnyPackage(up()));
        check(noClasses().that().resideInAnyPackage("io.spotcheck.decision..", "io.spotcheck.targeting..")
                .should().dependOnClassesThat().resideInAnyPackage(STORAGE));
        check(noClasses().that().resideInAPackage("io.spotcheck.decision..").should().dependOnClassesThat()
                .resideInAPackage("io.spotcheck.targeting.."));
    }

    @Test
    @DisplayName("audit/ (the chain) never uses the register, the evaluation or an adapter")
    void auditBelowTheRegister() {
        check(noClasses().that().resideInAPackage("io.spotcheck.audit..").should().dependOnClassesThat()
                .resideInAnyPackage("io.spotcheck.register..", "io.spotcheck.evaluation..", "io.spotcheck.boot..",
                        "io.spotcheck.security..", "io.spotcheck.web..", "io.spotcheck.pages..", "io.spotcheck.cli.."));
    }

    @Test
    @DisplayName("register/ uses decision/, audit/ (to append) and the engine, never the evaluation or an adapter")
    void registerBelowTheAdapters() {
        check(noClasses().that().resideInAPackage("io.spotcheck.register..").should().dependOnClassesThat()
                .resideInAnyPackage("io.spotcheck.evaluation..", "io.spotcheck.boot..", "io.spotcheck.security..",
                        "io.spotcheck.web..", "io.spotcheck.pages..", "io.spotcheck.cli..").allowEmptyShould(true));
    }

    @Test
    @DisplayName("evaluation/ reads the register and writes nothing: no appending to the chain, no adapter")
    void evaluationReadsOnly() {
        check(noClasses().that().resideInAPackage("io.spotcheck.evaluation..").should().dependOnClassesThat()
                .resideInAnyPackage("io.spotcheck.web..", "io.spotcheck.pages..", "io.spotcheck.cli..",
                        "io.spotcheck.boot..").allowEmptyShould(true));
        check(noClasses().that().resideInAPackage("io.spotcheck.evaluation..").should().dependOnClassesThat()
                .haveFullyQualifiedName("io.spotcheck.audit.AuditWriter").allowEmptyShould(true));
        check(noClasses().that().resideInAPackage("io.spotcheck.evaluation..").should()
                .callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.base.DescribedPredicate.describe("the register's writes",
                                        owner -> owner.getName().equals("io.spotcheck.register.Register")))))
                .allowEmptyShould(true));
    }

    @Test
    @DisplayName("The adapters (web/, pages/, cli/) never use each other, and nothing below uses them")
    void adaptersOnTop() {
        check(noClasses().that().resideInAPackage("io.spotcheck.web..").should().dependOnClassesThat()
                .resideInAnyPackage("io.spotcheck.pages..", "io.spotcheck.cli.."));
        check(noClasses().that().resideInAPackage("io.spotcheck.pages..").should().dependOnClassesThat()
                .resideInAnyPackage("io.spotcheck.web..", "io.spotcheck.cli.."));
        check(noClasses().that().resideInAPackage("io.spotcheck.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("io.spotcheck.web..", "io.spotcheck.pages.."));
        check(noClasses().that().resideOutsideOfPackages(ADAPTERS).and().resideOutsideOfPackage("io.spotcheck")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS));
    }

    @Test
    @DisplayName("shared/ (the JSON mapper, today, SHA-256) is a leaf: it uses no other package of the service")
    void sharedIsALeaf() {
        check(noClasses().that().resideInAPackage("io.spotcheck.shared..").should().dependOnClassesThat(
                com.tngtech.archunit.base.DescribedPredicate.describe("are in another package of io.spotcheck",
                        c -> c.getPackageName().startsWith("io.spotcheck")
                                && !c.getPackageName().startsWith("io.spotcheck.shared"))));
    }

    /** Everything above the features: the plan, the chain, the register, the evaluation, the wiring, the adapters. */
    private static String[] up(String... more) {
        String[] above = {"io.spotcheck.audit..", "io.spotcheck.register..", "io.spotcheck.evaluation..",
                "io.spotcheck.ruleset..", "io.spotcheck.boot..", "io.spotcheck.security..", "io.spotcheck.web..",
                "io.spotcheck.pages..", "io.spotcheck.cli.."};
        String[] all = new String[above.length + more.length];
        System.arraycopy(above, 0, all, 0, above.length);
        System.arraycopy(more, 0, all, above.length, more.length);
        return all;
    }
}
