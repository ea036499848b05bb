package io.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.engine.RuleBase;
import io.spotcheck.engine.RuleCatalogue;
import io.spotcheck.engine.RuleSource;
import io.spotcheck.shared.Json;
import io.spotcheck.support.JarProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar loads its packaged rules from the model compiled at build time, and gives the catalogue the compiler
 * gives; a rules folder with a changed rule is compiled at start. Runs in {@code verify}, on the jar.
 */
class PrecompiledRulesIT {

    private static final Path JAR = Path.of("target/spotcheck.jar").toAbsolutePath();

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = JarProcess.java("-jar", JAR.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", args)).isZero();
        return out;
    }

    @Test
    void thePackagedRulesAreTheCompiledFolderAndLoadWithoutCompiling() throws Exception {
        var compiled = RuleCatalogue.of(RuleBase.compile(RuleSource.fromDirectory(Path.of("rules"))));

        String printed = run("rules", "--json");
        String bench = run("bench-plan", "--data", "samples/plan", "--year", "2027", "--budget", "120", "--rounds", "1");

        assertThat(Json.COMPACT.readTree(printed)).isEqualTo(Json.COMPACT.readTree(Json.write(compiled)));
        assertThat(bench).contains("rule base loaded from the model compiled at build time");
    }

    @Test
    void benchPlanColdTimesFreshJvmsOfTheJar() throws Exception {
        // started as the README says, with the jar's path relative: the JVMs it starts run in a folder of their own
        List<String> command = JarProcess.java("-jar", "target/spotcheck.jar", "bench-plan", "--cold", "--rounds", "1",
                "--xmx", "512m", "--data", "samples/plan", "--year", "2027", "--budget", "120");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(printed).isZero();

        assertThat(printed).contains("round 1: rules ").contains("plan − start-up ").contains("× the parse")
                .containsPattern("plan peak heap [1-9]\\d* MiB of -Xmx512m");
    }

    @Test
    void aFolderWithAChangedRuleIsCompiledAtStart(@TempDir Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path copy = dir.resolve(Path.of("rules").relativize(p).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(p, copy);
            }
        }
        Path outcome = dir.resolve("filing/outcome.drl");
        Files.writeString(outcome, Files.readString(outcome).replaceFirst("@en\\(\"", "@en(\"(changed) "));

        String printed = run("rules", "--rules", dir.toString());

        // the changed sentence can only come from compiling the folder: no model compiled at build time holds it
        assertThat(printed).contains("(changed) ").contains(RuleSource.fromDirectory(dir).version());
    }
}
