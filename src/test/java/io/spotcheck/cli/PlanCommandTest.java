package io.spotcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.Spotcheck;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan command on the sample register, as the README runs it. */
class PlanCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Spotcheck.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void plansTheSamplesAndWritesCsvAndSummary(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("plan.csv");
        Path summary = dir.resolve("summary.json");

        int code = run("plan", "--data", "samples/plan", "--year", "2027", "--budget", "120", "--seed", "20270101",
                "--out", csv.toString(), "--summary", summary.toString(), "--rules", "rules");

        assertThat(code).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(121)
                .first().isEqualTo("\uFEFFuscc,name,district,category_code,tier,reasons,inspectors");
        assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF, 'u');
        assertThat(Files.readString(summary)).contains("\"batches\" : 120").contains("\"seed\" : \"20270101\"")
                .contains("\"inputDigest\" : \"sha256:");
        assertThat(out.toString()).contains("120 of 120 batches").contains("level-one categories covered: 10 / 10");
        assertThat(err.toString()).contains("… read firms.csv: 300 rows").contains("… allocated 120 batches");
    }

    @Test
    void progressPrintsRowCountsAsLinesOffATerminalAndOverwritesOnOne() {
        StringWriter lines = new StringWriter();
        StringWriter bar = new StringWriter();

        PlanCommand.progress(new PrintWriter(lines), false).rows("history.csv", 250_000);
        PlanCommand.progress(new PrintWriter(bar), true).rows("history.csv", 250_000);

        assertThat(lines.toString()).isEqualTo("  reading history.csv: 250,000 rows" + System.lineSeparator());
        assertThat(bar.toString()).startsWith("\r").doesNotContain("\n");
    }

    @Test
    void sameSeedGivesByteIdenticalPlans(@TempDir Path dir) throws Exception {
        run("plan", "--data", "samples/plan", "--year", "2027", "--budget", "80", "--seed", "7", "--out",
                dir.resolve("a.csv").toString(), "--rules", "rules");
        run("plan", "--data", "samples/plan", "--year", "2027", "--budget", "80", "--seed", "7", "--out",
                dir.resolve("b.csv").toString(), "--rules", "rules");
        run("plan", "--data", "samples/plan", "--year", "2027", "--budget", "80", "--seed", "8", "--out",
                dir.resolve("c.csv").toString(), "--rules", "rules");

        assertThat(Files.readAllBytes(dir.resolve("a.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("b.csv")));
        assertThat(Files.readString(dir.resolve("a.csv"))).isNotEqualTo(Files.readString(dir.resolve("c.csv")));
    }

    @Test
    void aBudgetTooSmallForTheMandatoryPartExitsTwoAndWritesNothing(@TempDir Path dir) {
        Path csv = dir.resolve("plan.csv");

        int code = run("plan", "--data", "samples/plan", "--year", "2027", "--budget", "5", "--seed", "1",
                "--out", csv.toString(), "--rules", "rules");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("mandatory part of the plan needs").contains("batches");
        assertThat(csv).doesNotExist();
    }

    @Test
    void badInputNamesFileLineAndColumnAndWritesNothing(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        for (String f : new String[] {"catalogue.csv", "history.csv"}) {
            Files.copy(Path.of("samples/plan").resolve(f), data.resolve(f));
        }
        Files.writeString(data.resolve("firms.csv"), "uscc,name,category_codes\n91310115MA1K3YJ575,甲,DX-01\n");

        int code = run("plan", "--data", data.toString(), "--year", "2027", "--budget", "5", "--seed", "1",
                "--out", dir.resolve("plan.csv").toString(), "--rules", "rules");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("firms.csv:2:1: uscc:");
        assertThat(dir.resolve("plan.csv")).doesNotExist();
    }

    @Test
    void generateWritesAValidDatasetOfTheSizeAsked(@TempDir Path dir) throws Exception {
        int code = run("generate", "--firms", "50", "--year", "2027", "--out", dir.toString());
        int planned = run("plan", "--data", dir.toString(), "--year", "2027", "--budget", "40", "--seed", "1",
                "--out", dir.resolve("plan.csv").toString(), "--rules", "rules");

        assertThat(code).isZero();
        assertThat(Files.readAllLines(dir.resolve("firms.csv"))).hasSize(51);
        assertThat(planned).isZero();
    }
}
