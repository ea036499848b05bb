package io.spotcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The build step that compiles the packaged rules into the executable model ({@code mvn package}). */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("RuleModelWriterTest")
class RuleModelWriterTest {

    private static final String RULE = """
            package io.spotcheck.test;
            import io.spotcheck.casefile.Firm;

            rule "TST-001 Does something"
                @id("TST-001") @basis("basis") @zh("中文") @en("English")
                ruleflow-group "case-derive"
            when
                %s
            then
            end
            """;

    @TempDir
    Path dir;

    private Path rules(String when) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("classes/rules/test"));
        Files.writeString(rules.resolve("one.drl"), RULE.formatted(when));
        Files.writeString(dir.resolve("classes/rules/README.md"), "not a rule");
        return dir.resolve("classes/rules");
    }

    private List<Path> models() throws Exception {
        Path folder = dir.resolve("classes").resolve(PrecompiledModel.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void writesTheModelOfTheRuleFilesWhichLoadsAsTheRuleBase() throws Exception {
        Path rules = rules("Firm()");

        String said = RuleModelWriter.write(rules, dir.resolve("classes"));

        String key = PrecompiledModel.key(RuleSource.fromDirectory(rules));
        assertThat(said).contains("1 rule files").contains(key);
        assertThat(models()).containsExactly(dir.resolve("classes").resolve(PrecompiledModel.resource(key)));
        var kieBase = PrecompiledModel.load(Files.readAllBytes(models().get(0)));
        assertThat(kieBase.getKiePackage("io.spotcheck.test").getRules()).singleElement()
                .satisfies(r -> assertThat(r.getName()).isEqualTo("TST-001 Does something"));
    }

    @Test
    void aModelNewerThanEveryClassIsLeftAsItIsAndAnOlderOneIsRewrittenReplacingTheOld() throws Exception {
        Path rules = rules("Firm()");
        Path aClass = Files.createDirectories(dir.resolve("classes/io/spotcheck")).resolve("Fact.class");
        Files.write(aClass, new byte[] {1});
        Files.setLastModifiedTime(aClass, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        RuleModelWriter.write(rules, dir.resolve("classes"));
        Path model = models().get(0);

        assertThat(RuleModelWriter.write(rules, dir.resolve("classes"))).contains("up to date");

        Files.setLastModifiedTime(model, FileTime.from(Instant.parse("2025-12-31T23:59:59Z")));
        assertThat(RuleModelWriter.write(rules, dir.resolve("classes"))).contains("compiled into");
        assertThat(Files.getLastModifiedTime(model).toInstant()).isAfter(Instant.parse("2026-01-01T00:00:00Z"));

        Files.writeString(rules.resolve("test/one.drl"), RULE.formatted("Firm(industryLeader)"));
        RuleModelWriter.write(rules, dir.resolve("classes"));
        assertThat(models()).hasSize(1).doesNotContain(model);
    }

    @Test
    void aRuleThatDoesNotCompileFailsTheBuildNamingFileAndLineAndWritesNothing() throws Exception {
        Path rules = rules("NoSuchFact()");

        assertThatThrownBy(() -> RuleModelWriter.write(rules, dir.resolve("classes")))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("rules/test/one.drl:8: ")
                .hasMessageContaining("NoSuchFact");
        assertThat(models()).isEmpty();
    }
}
