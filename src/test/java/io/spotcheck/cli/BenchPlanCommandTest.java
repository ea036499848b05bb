package io.spotcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.Spotcheck;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What bench-plan reads and prints; timing itself is never asserted. */
class BenchPlanCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Spotcheck.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void thePeakHeapIsTheMostInUseBeforeACollectionOrAtExit(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("gc.log");
        Files.writeString(log, """
                [0.412s][info][gc] Using G1
                [1.201s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 102M->20M(256M) 8.112ms
                [3.882s][info][gc] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 811M->301M(1024M) 30.001ms
                [4.102s][info][gc] GC(5) Pause Remark 512M->498M(1024M) 2.010ms
                [9.950s][info][gc,heap,exit] Heap
                [9.950s][info][gc,heap,exit]  garbage-first heap   total 1048576K, used 409600K [0x0, 0x0)
                """);
        Files.writeString(dir.resolve("exit.log"), """
                [1.201s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 102M->20M(256M) 8.112ms
                [9.950s][info][gc,heap,exit]  garbage-first heap   total 1048576K, used 921600K [0x0, 0x0)
                """);

        assertThat(BenchPlanCommand.peakHeap(log)).isEqualTo(811L << 20);
        assertThat(BenchPlanCommand.peakHeap(dir.resolve("exit.log"))).isEqualTo(900L << 20);
    }

    @Test
    void theMedianOfAnOddAndOfAnEvenNumberOfRounds() {
        assertThat(BenchPlanCommand.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(BenchPlanCommand.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void parseOnlyReadsTheFilesAndSaysHowLong() {
        assertThat(run("bench-plan", "--parse-only", "--data", "samples/plan")).isZero();
        assertThat(out.toString()).matches("parse only \\d+\\.\\d{3} s\\R");
    }

    @Test
    void planningRoundsNeedAYearAndABudget() {
        assertThat(run("bench-plan", "--data", "samples/plan", "--year", "2027")).isEqualTo(2);
        assertThat(err.toString()).contains("--year and --budget are required");
    }

    @Test
    void coldRoundsNeedTheJar() {
        assertThat(run("bench-plan", "--cold", "--data", "samples/plan", "--year", "2027", "--budget", "120"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("java -jar spotcheck.jar");
    }
}
