package io.spotcheck.decision;

import io.spotcheck.shared.Json;
import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.support.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every case in samples/cases gives the decision in its {@code .expected.json} beside it — the same files the
 * README's examples use. Only {@code decisionId} (random) and {@code rulesetVersion} (changes with any rule
 * edit; checked to be the current one) are not compared.
 */
class SamplesTest {

    static List<Path> samples() throws IOException {
        return io.spotcheck.support.Samples.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleGivesItsExpectedDecision(Path sample) throws IOException {
        Path expectedFile = Path.of(sample.toString().replace(".json", ".expected.json"));
        var request = TestRules.READER.read(Files.readAllBytes(sample));

        Decision decision = TestRules.DECIDER.decide(request);

        assertThat(decision.rulesetVersion()).isEqualTo(TestRules.RULES.version());
        JsonNode actual = comparable(Json.MAPPER.valueToTree(decision));
        JsonNode expected = comparable(Json.MAPPER.readTree(Files.readString(expectedFile)));
        assertThat(actual.toPrettyString()).isEqualTo(expected.toPrettyString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyCodeInTheDecisionIsConcludedByAnExplainedRule(Path sample) throws IOException {
        Decision d = TestRules.DECIDER.decide(TestRules.READER.read(Files.readAllBytes(sample)));
        String concluded = d.explanation().stream().flatMap(e -> e.concluded().stream()).toList().toString();

        d.seriousCategories().forEach(c -> assertThat(concluded).contains("serious problem " + c));
        assertThat(concluded).contains("filing " + d.filing());
        d.interviews().forEach(i -> assertThat(concluded)
                .contains((i.mandatory() ? "mandatory " : "discretionary ") + i.level() + " interview"));
        d.listings().forEach(l -> assertThat(concluded).contains("listing on " + l.list()));
    }

    private static JsonNode comparable(JsonNode node) {
        ObjectNode copy = (ObjectNode) node.deepCopy();
        copy.remove("decisionId");
        copy.remove("rulesetVersion");
        return copy;
    }
}
