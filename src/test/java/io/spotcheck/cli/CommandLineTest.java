package io.spotcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.Spotcheck;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: output on stdout, problems on stderr, exit codes 0 and 2. */
class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Spotcheck.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void decidePrintsTheDecisionJson() {
        int code = run("decide", "--input", "samples/cases/04-toy-online-seller-first-offence.json", "--rules", "rules");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"filing\" : \"NO_FILING_NEEDS_APPROVAL\"").contains("\"FIL-011\"");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void decideNamesEachProblemAndExitsTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"firm\":{\"uscc\":\"91310115MA1K3YJ575\",\"role\":\"BOSS\"}}");

        int code = run("decide", "--input", bad.toString(), "--rules", "rules");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).hasSize(2).anySatisfy(l -> assertThat(l).contains("firm.uscc"))
                .anySatisfy(l -> assertThat(l).contains("firm.role"));
    }

    @Test
    void decideNamesAMissingFile() {
        assertThat(run("decide", "--input", "no-such-case.json")).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-case.json");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        assertThat(run("decide", "--inptu", "x")).isEqualTo(2);
    }

    @Test
    void benchReportsDecisionsPerSecondAndPerCpuSecond() {
        assertThat(run("bench", "--warmup", "0", "--seconds", "1")).isZero();
        assertThat(out.toString()).containsPattern("cases: \\d+ from samples/cases")
                .containsPattern("= [\\d,]+ decisions/s \\(")
                .containsPattern("by the thread's CPU time \\([\\d.]+ s\\): [\\d,]+ decisions per CPU-second")
                .containsPattern("the engine alone .*: [\\d,]+ runs/s, [\\d,]+ per CPU-second");
    }

    @Test
    void rulesListsEveryRuleWithItsBasis() {
        assertThat(run("rules", "--rules", "rules")).isZero();
        assertThat(out.toString()).contains("rules/listing/serious-dishonesty.drl").contains("LST-022")
                .contains("basis: 市场监督管理严重违法失信名单管理办法 第二十二条");
    }

    @Test
    void rulesJsonIsTheCatalogue() {
        assertThat(run("rules", "--json", "--rules", "rules")).isZero();
        assertThat(out.toString()).contains("\"rulesetVersion\" : \"sha256:").contains("\"id\" : \"CLS-001\"");
    }

    @Test
    void aRulesFolderThatDoesNotCompileIsNamed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("x"));
        Files.writeString(dir.resolve("x/broken.drl"), "package x;\nrule \"X\" when\n  Nope( then end\n");

        int code = run("rules", "--rules", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("rules/x/broken.drl:");
    }

    @Test
    void aBadCalendarLineStopsLoadingWithFileAndLine(@TempDir Path dir) throws Exception {
        copy(Path.of("rules"), dir);
        Files.writeString(dir.resolve("calendar/rest-days.txt"), "2026 | 01-01 | | a\n2026 | 13-01 | | b\n");

        int code = run("rules", "--rules", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("rules/calendar/rest-days.txt:2:");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
