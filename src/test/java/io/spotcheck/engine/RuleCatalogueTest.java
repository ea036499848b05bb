package io.spotcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.support.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule of rules/ carries its metadata, has a unique id with the right prefix, and is tested by name. */
class RuleCatalogueTest {

    private final RuleCatalogue catalogue = RuleCatalogue.of(TestRules.RULES);

    @Test
    void everyRuleHasAllMetadata() {
        assertThat(catalogue.rules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.id()).matches("[A-Z]{3}-\\d{3}");
            assertThat(r.name().zh()).isNotBlank();
            assertThat(r.name().en()).isNotBlank();
            assertThat(r.basis()).isNotBlank();
            assertThat(r.file()).endsWith(".drl");
        });
    }

    @Test
    void idsAreUniqueAndTheirPrefixMatchesTheFolder() {
        assertThat(catalogue.rules()).extracting(RuleCatalogue.Entry::id).doesNotHaveDuplicates();
        assertThat(catalogue.rules()).allSatisfy(r -> {
            String folder = r.file().substring(0, r.file().indexOf('/'));
            String prefix = switch (folder) {
                case "classification" -> "CLS-";
                case "filing" -> "FIL-";
                case "interview" -> "INT-";
                case "listing" -> "LST-";
                case "handling", "register" -> "ACT-";
                case "targeting" -> "TGT-";
                default -> "?";
            };
            assertThat(r.id()).startsWith(prefix);
        });
    }

    @Test
    void everyRuleIdIsNamedByATestDisplayName() throws IOException {
        String tests;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            tests = files.filter(p -> p.toString().endsWith(".java")).map(RuleCatalogueTest::read)
                    .collect(Collectors.joining("\n"));
        }
        var displayNames = java.util.regex.Pattern.compile("@(?:DisplayName|ParameterizedTest)\\(\"?(?:name = )?\"([^\"]*)\"")
                .matcher(tests).results().map(m -> m.group(1)).collect(Collectors.joining("\n"));

        assertThat(catalogue.rules()).allSatisfy(r -> assertThat(displayNames).contains(r.id()));
    }

    @Test
    void everyRuleIsListedInTheClauseMap() throws IOException {
        String map = Files.readString(Path.of("rules/README.md"));

        assertThat(catalogue.rules()).allSatisfy(r -> assertThat(map).contains(r.id()));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
