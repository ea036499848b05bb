package io.spotcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.audit.AuditedDecisions;
import io.spotcheck.boot.SpotcheckApplication;
import io.spotcheck.support.JarProcess;
import io.spotcheck.targeting.PlanRequest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Issue 15: {@code audit verify} in another process reads the embedded H2 file while a service holds it, because the
 * default URL opens it with AUTO_SERVER. The service here is a Spring context in this JVM on an H2 file with the
 * default URL's options; the command is a second JVM, as an operator would run it.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("StoreWhileServingIntegrationTest")
class StoreWhileServingIntegrationTest {

    static String defaultUrl(Path dir) throws Exception {
        Properties p = new Properties();
        try (InputStream in = SpotcheckApplication.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        String url = p.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/spotcheck;").contains("AUTO_SERVER=TRUE");
        return url.replace("./data/", dir.toAbsolutePath() + "/");
    }

    private static Process verify(String url, Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(JarProcess.java("-cp", System.getProperty("java.class.path"),
                "io.spotcheck.Spotcheck", "audit", "verify")).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("SPRING_DATASOURCE_URL", url);
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("audit verify did not finish in 300 s");
        }
        return p;
    }

    @Test
    void auditVerifyReadsTheStoreWhileTheServiceHoldsIt(@TempDir Path dir) throws Exception {
        String url = defaultUrl(dir);
        try (var service = new SpringApplicationBuilder(SpotcheckApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.main.banner-mode=off")) {
            service.getBean(AuditedDecisions.class).plan(new PlanRequest(2027, 120, "1", null),
                    name -> Files.isRegularFile(Path.of("samples/plan", name))
                            ? Files.newInputStream(Path.of("samples/plan", name)) : null, "planner");

            Process p = verify(url, dir);
            String out = Files.readString(dir.resolve("out.txt"));

            assertThat(p.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
            assertThat(out).contains("\"records\" : 1").contains("\"broken\" : null");
            assertThat(Files.readString(dir.resolve("err.txt"))).doesNotContain("already in use");
        }
    }

    @Test
    void aStoreThatCannotBeOpenedIsOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("spotcheck.mv.db"), "not a database");
        String url = defaultUrl(dir);

        Process p = verify(url, dir);

        List<String> err = Files.readAllLines(dir.resolve("err.txt"));
        assertThat(p.exitValue()).isNotZero();
        assertThat(err).as(String.join("\n", err)).hasSize(1).first().asString()
                .startsWith("spotcheck: cannot open the store: ");
    }
}
