package io.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.support.JarProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's two jars start the same program: {@code target/spotcheck.jar} (the README's, reading the libraries in
 * {@code target/lib/} named by its manifest) and {@code target/spotcheck-boot.jar} (everything in one file, for a
 * server). The other tests start the first; this one holds the second to the same answers, and the first, copied
 * without its libraries, to a one-line refusal. Runs in {@code verify}.
 */
class SingleFileJarIT {

    private static String run(Path jar, Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = JarProcess.java("-jar", jar.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(jar.getFileName() + " " + String.join(" ", args)).isZero();
        return out;
    }

    @Test
    void theReadmeJarNamesItsLibrariesAndTheBootJarCarriesThem() throws IOException {
        try (JarFile thin = new JarFile(JarProcess.JAR.toFile());
             JarFile boot = new JarFile(JarProcess.BOOT_JAR.toFile())) {
            String classPath = thin.getManifest().getMainAttributes().getValue("Class-Path");
            assertThat(classPath).contains("lib/drools-core-").contains("lib/spring-boot-");
            List<String> entries = List.of(classPath.trim().split("\\s+"));
            for (String entry : entries) {
                assertThat(JarProcess.JAR.resolveSibling(entry)).as(entry).isRegularFile();
            }
            // the command line's libraries before the service's (the JVM looks for a class in them in this order)
            assertThat(entries.get(0)).startsWith("lib/picocli-");
            int firstSpring = indexOf(entries, "lib/spring-");
            for (String cli : List.of("lib/drools-core-", "lib/drools-canonical-model-", "lib/kie-api-",
                    "lib/logback-classic-", "lib/slf4j-api-", "lib/commons-csv-")) {
                assertThat(indexOf(entries, cli)).as(cli).isBetween(0, firstSpring - 1);
            }
            assertThat(thin.getEntry("BOOT-INF/lib/")).isNull();
            assertThat(boot.stream().filter(e -> e.getName().startsWith("BOOT-INF/lib/drools-core-"))).hasSize(1);
        }
    }

    private static int indexOf(List<String> entries, String prefix) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theReadmeJarCopiedWithoutItsLibrariesSaysWhatIsMissing(@TempDir Path dir) throws Exception {
        Path alone = Files.copy(JarProcess.JAR, dir.resolve("spotcheck.jar"));
        Process p = new ProcessBuilder(JarProcess.java("-jar", alone.toString(), "rules")).directory(dir.toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err.strip()).startsWith("spotcheck: this jar reads its libraries from lib/ beside it, and "
                + dir.resolve("lib").toAbsolutePath()).contains("spotcheck-boot.jar").doesNotContain("Exception")
                .hasLineCount(1);
    }

    @Test
    void bothJarsGiveTheSameRulesAndTheSamePlan(@TempDir Path dir) throws Exception {
        Path data = Path.of("samples/plan").toAbsolutePath();
        String[] plan = {"plan", "--data", data.toString(), "--year", "2027", "--budget", "120", "--seed", "20270101",
                "--out", "plan.csv", "--summary", "summary.json"};
        Path thinDir = Files.createDirectory(dir.resolve("thin"));
        Path bootDir = Files.createDirectory(dir.resolve("boot"));

        String thinRules = run(JarProcess.JAR, thinDir, "rules", "--json");
        String bootRules = run(JarProcess.BOOT_JAR, bootDir, "rules", "--json");
        String thinPrinted = run(JarProcess.JAR, thinDir, plan);
        String bootPrinted = run(JarProcess.BOOT_JAR, bootDir, plan);

        assertThat(bootRules).isEqualTo(thinRules).contains("\"rulesetVersion\"");
        assertThat(bootPrinted).isEqualTo(thinPrinted).isNotBlank();
        for (String written : List.of("plan.csv", "summary.json")) {
            assertThat(Files.readAllBytes(bootDir.resolve(written))).as(written)
                    .isEqualTo(Files.readAllBytes(thinDir.resolve(written))).isNotEmpty();
        }
    }

    @Test
    void theBootJarServes(@TempDir Path dir) throws Exception {
        String health = JarProcess.health(List.of(), JarProcess.BOOT_JAR, dir);

        assertThat(health).startsWith("200 ").contains("\"UP\"");
    }
}
