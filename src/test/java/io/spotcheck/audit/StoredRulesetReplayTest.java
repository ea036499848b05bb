package io.spotcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.decision.CaseDecider;
import io.spotcheck.engine.RuleBase;
import io.spotcheck.engine.RuleSource;
import io.spotcheck.shared.Json;
import io.spotcheck.support.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Replay compiles a stored ruleset against today's classes. The ruleset and the sample decisions of
 * 2026-11 (before contract version 2), kept in src/test/resources/replay-v1, must still build and give
 * every one of those decisions byte for byte.
 */
class StoredRulesetReplayTest {

    private static final Path V1 = Path.of("src/test/resources/replay-v1");

    @Test
    void aRulesetStoredBeforeVersionTwoStillReproducesItsDecisions() throws IOException {
        RuleSource source = RuleSource.fromDirectory(V1.resolve("rules"));
        RuleBase rules = RuleBase.build(source);
        CaseDecider decider = new CaseDecider(() -> rules);
        List<Path> samples;
        try (Stream<Path> files = Files.list(V1.resolve("samples/cases"))) {
            samples = files.filter(p -> !p.toString().endsWith(".expected.json")).sorted().toList();
        }

        assertThat(samples).hasSize(19);
        for (Path sample : samples) {
            String expected = Files.readString(Path.of(sample.toString().replace(".json", ".expected.json")));
            String id = Json.COMPACT.readTree(expected).get("decisionId").asString();
            var decision = decider.decide(TestRules.READER.read(Files.readAllBytes(sample)), id);

            var actual = (tools.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(decision);
            var stored = (tools.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(expected);
            assertThat(actual.get("rulesetVersion").asString()).isEqualTo(source.version());
            actual.remove("rulesetVersion");
            stored.remove("rulesetVersion");
            assertThat(actual.toPrettyString()).as(sample.getFileName().toString()).isEqualTo(stored.toPrettyString());
        }
    }
}
