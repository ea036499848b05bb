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
 * edit; checked to be the current one) are not compared. The samples are decided with the tests' rest-day
 * calendar (2025 and 2026, {@link TestRules#CALENDAR}), so adding next year's line to the shipped calendar
 * changes none of them.
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

    @org.junit.jupiter.api.Test
    void theSamplesHoldAfterA2027LineIsAddedToTheShippedCalendar() throws IOException {
        var shipped = io.spotcheck.engine.RuleSource.fromDirectory(Path.of("rules"));
        var files = new java.util.ArrayList<>(shipped.files());
        var calendar = files.stream().filter(f -> f.path().equals("calendar/rest-days.txt")).findFirst().orElseThrow();
        files.remove(calendar);
        files.add(new io.spotcheck.engine.RuleSource.RuleFile(calendar.path(), (calendar.text()
                + "2027 | 01-01, 02-05..02-11, 04-05, 05-01..05-05, 06-09, 09-15, 10-01..10-07 | 02-14 | test line\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var with2027 = io.spotcheck.engine.RuleSource.of("rules + 2027", files);
        var rules = io.spotcheck.engine.RuleBase.build(TestRules.withTestCalendar(with2027));
        var decider = new CaseDecider(() -> rules);

        assertThat(io.spotcheck.handling.WorkingCalendar.from(with2027).covers(2027)).isTrue();
        assertThat(rules.version()).isEqualTo(TestRules.RULES.version());
        for (Path sample : samples()) {
            var request = TestRules.READER.read(Files.readAllBytes(sample));
            Path expectedFile = Path.of(sample.toString().replace(".json", ".expected.json"));
            JsonNode actual = comparable(Json.MAPPER.valueToTree(decider.decide(request)));
            JsonNode expected = comparable(Json.MAPPER.readTree(Files.readString(expectedFile)));
            assertThat(actual.toPrettyString()).as(sample.toString()).isEqualTo(expected.toPrettyString());
        }
    }

    private static JsonNode comparable(JsonNode node) {
        ObjectNode copy = (ObjectNode) node.deepCopy();
        copy.remove("decisionId");
        copy.remove("rulesetVersion");
        return copy;
    }
}
