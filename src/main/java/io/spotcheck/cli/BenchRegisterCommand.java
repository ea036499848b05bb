package io.spotcheck.cli;

import io.spotcheck.casefile.Districts;
import io.spotcheck.casefile.Uscc;
import io.spotcheck.register.Caller;
import io.spotcheck.register.EventRecorder;
import io.spotcheck.register.ResultsImport;
import io.spotcheck.register.Worklist;
import io.spotcheck.shared.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-register}: the case register at scale, in a fresh JVM on a fresh embedded store — a results file of
 * N failures imported in one transaction, then the worklist over the N open cases: the first answer (every case
 * decided), the next (nothing changed), and the one after an event (one case re-decided).
 */
@Command(name = "bench-register", description = "Time a results import of N failures and the worklist over N open "
        + "cases on a fresh embedded store.")
public final class BenchRegisterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--cases", defaultValue = "20000", description = "Failed results to import (default 20000).")
    int cases;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("spotcheck-bench-register");
        String csv = results(cases);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("cases", cases);
        long t0 = System.nanoTime();
        try (var context = AuditCommand.context("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("bench")
                + ";DB_CLOSE_ON_EXIT=FALSE", "--spotcheck.today=2026-11-30",
                "--spotcheck.audit.head-file=" + dir.resolve("chain-head.log"))) {
            report.put("startMs", ms(t0));
            Caller bench = Caller.commandLine("bench");
            long t = System.nanoTime();
            var imported = context.getBean(ResultsImport.class).importCsv(bench,
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
            report.put("importMs", ms(t));
            report.put("casesOpened", imported.casesOpened().size());
            Worklist worklist = context.getBean(Worklist.class);
            t = System.nanoTime();
            int items = worklist.of(bench, null, null).items().size();
            report.put("worklistFirstMs", ms(t));
            report.put("worklistItems", items);
            t = System.nanoTime();
            worklist.of(bench, null, null);
            report.put("worklistUnchangedMs", ms(t));
            context.getBean(EventRecorder.class).record(bench, "BENCH-0", ("{\"type\":\"NOTICE_RECEIVED\","
                    + "\"date\":\"2026-09-22\"}").getBytes(StandardCharsets.UTF_8));
            t = System.nanoTime();
            worklist.of(bench, null, null);
            report.put("worklistAfterOneEventMs", ms(t));
            t = System.nanoTime();
            worklist.of(bench, LocalDate.of(2026, 12, 31), null);
            report.put("worklistOtherDateMs", ms(t));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        spec.commandLine().getOut().println(Json.write(report));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** N failed kettles of N firms spread over the 16 districts, checked 2026-09-10, reaching the bureau 2026-09-21. */
    static String results(int n) {
        StringBuilder csv = new StringBuilder("report_no,uscc,name,district,role,credit_risk,industry_leader,"
                + "category_code,level,result,checked_on,lab_id,failed_items,opened_on\n");
        for (int i = 0; i < n; i++) {
            String first = String.format("913101150%08d", i);
            csv.append("BENCH-").append(i).append(',').append(first).append(Uscc.checkCharacter(first))
                    .append(",上海某某电器有限公司").append(i).append(',')
                    .append(Districts.SHANGHAI.get(i % Districts.SHANGHAI.size()))
                    .append(",PRODUCER,C,false,C0421,MUNICIPAL,FAIL,2026-09-10,SQI,泄漏电流|GB 4706.1-2005|Y,2026-09-21\n");
        }
        return csv.toString();
    }
}
