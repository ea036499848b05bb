package io.spotcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.spotcheck.Spotcheck;
import io.spotcheck.cli.EvaluationCommand;
import io.spotcheck.shared.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/** {@code evaluation --from --to [--as-of] [--json FILE]} on the tests' store: the same JSON as the API. */
class EvaluationCommandTest extends EvaluationWebTest {

    @Autowired
    Evaluation evaluation;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicInteger opened = new AtomicInteger();

    private int run(String... args) {
        EvaluationCommand command = new EvaluationCommand(() -> {
            opened.incrementAndGet();
            return new EvaluationCommand.Store() {
                @Override
                public Evaluation evaluation() {
                    return evaluation;
                }

                @Override
                public void close() {
                }
            };
        });
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    @DisplayName("The command writes the API's JSON to --json and a readable table on stdout, every district seen")
    void writesTheApisJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evaluation.json");

        int exit = run("--from", Q3_FROM, "--to", Q3_TO, "--as-of", "2026-11-30", "--json", file.toString());

        assertThat(exit).isZero();
        assertThat(Json.COMPACT.readTree(Files.readString(file))).isEqualTo(json("audrey", get("/api/v1/evaluation")
                .param("from", Q3_FROM).param("to", Q3_TO)));
        assertThat(out.toString()).contains("as of 2026-11-30", "黄浦区", "浦东新区", "MUNICIPAL", "total", "25.0%",
                "CQC", "C0815");
        assertThat(out.toString().lines().filter(l -> l.startsWith("黄浦区")).findFirst().orElseThrow())
                .endsWith("-       0");
    }

    @Test
    @DisplayName("--to before --from, or a date that does not exist: exit 2 naming the option, the store never opened")
    void refusesBadPeriods() {
        assertThat(run("--from", "2026-07-02", "--to", "2026-07-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--to");
        assertThat(run("--from", "2026-02-30", "--to", "2026-07-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--from");
        assertThat(run("--to", "2026-07-01")).isEqualTo(2);
        assertThat(opened.get()).isZero();
        assertThat(run("--from", "2026-07-01", "--to", "2026-07-01")).isZero();
        assertThat(opened.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("The jar's command line knows the evaluation command")
    void registered() {
        assertThat(Spotcheck.commandLine().getSubcommands()).containsKey("evaluation");
    }
}
