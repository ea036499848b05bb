package io.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.spotcheck.support.JarProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive the build makes of the service's start ({@code target/spotcheck.jsa}) fits the jars beside
 * it: the README's service command maps it and answers. {@code -Xshare:on} makes a JVM that cannot map the archive
 * stop instead of starting without it, so an archive of other jars fails here. Runs in {@code verify}, unless the
 * build was asked for no archive ({@code -Dspotcheck.cds.skip}).
 */
class StartArchiveIT {

    @BeforeAll
    static void theBuildMadeAnArchive() {
        assumeFalse(Boolean.getBoolean("spotcheck.cds.skip"), "built with -Dspotcheck.cds.skip: no archive");
    }

    private static final String ARCHIVE = "-XX:SharedArchiveFile=" + Path.of("target/spotcheck.jsa").toAbsolutePath();

    @Test
    void theJarsClassesComeFromTheArchive() throws Exception {
        List<String> command = JarProcess.java("-Xshare:on", ARCHIVE, "-Xlog:class+load", "-jar",
                JarProcess.JAR.toString(), "rules");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).as(printed.lines().filter(l -> !l.contains("class,load")).toList().toString()).isZero();
        assertThat(printed).contains("io.spotcheck.Spotcheck source: shared objects file (top)")
                .contains("org.kie.api.KieServices source: shared objects file (top)")
                .contains("Ruleset sha256:");
    }

    @Test
    void theServiceStartsWithTheArchive(@TempDir Path dir) throws Exception {
        String health = JarProcess.health(List.of("-Xshare:on", ARCHIVE), JarProcess.JAR, dir);

        assertThat(health).startsWith("200 ").contains("\"UP\"");
    }
}
