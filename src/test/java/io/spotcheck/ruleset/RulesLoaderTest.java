package io.spotcheck.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.engine.RuleSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's start loads the packaged rules ahead (serve); a rules folder is never served by that preload. */
class RulesLoaderTest {

    @Test
    void thePreloadedRulesAreThePackagedOnes() {
        RulesLoader.preloadPackaged();

        var rules = RulesLoader.load("");

        assertThat(rules.version()).isEqualTo(RuleSource.fromClasspath().version());
        assertThat(rules.source().origin()).isEqualTo("classpath:rules/");
    }

    @Test
    void aRulesFolderIsLoadedFromTheFolderEvenAfterAPreload(@TempDir Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path copy = dir.resolve(Path.of("rules").relativize(p).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(p, copy);
            }
        }
        Files.writeString(dir.resolve("calendar/rest-days.txt"), "# no rest days but weekends\n");
        RulesLoader.preloadPackaged();

        var rules = RulesLoader.load(dir.toString());
        var packaged = RulesLoader.load("");

        assertThat(rules.version()).isEqualTo(RuleSource.fromDirectory(dir).version())
                .isNotEqualTo(packaged.version());
        assertThat(rules.source().origin()).isEqualTo(dir.toAbsolutePath().normalize().toString());
    }
}
