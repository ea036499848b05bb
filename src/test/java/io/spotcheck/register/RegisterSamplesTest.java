package io.spotcheck.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.boot.SpotcheckApplication;
import io.spotcheck.shared.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every sample case of samples/cases, kept as a case: opened by hand with its firm, its check and its history, then
 * each lifecycle step, letter and finding recorded as an event; as of the sample's asOf, the case's decision is the
 * sample's {@code .expected.json} (its random id and ruleset version aside), and its request reads back as the
 * sample's request does.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("RegisterSamplesTest")
@SpringBootTest(classes = SpotcheckApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:register-samples;DB_CLOSE_DELAY=-1",
        "spotcheck.today=2027-12-31",
        "spotcheck.users=admin:pw:ADMIN"})
class RegisterSamplesTest {

    private static final List<String> LIFECYCLE = List.of("noticeReceived", "retest", "correctionOrdered", "recheck",
            "announced", "secondRecheck", "suspensionRecheck");

    @Autowired
    WebApplicationContext context;

    static List<Path> samples() throws java.io.IOException {
        return io.spotcheck.support.Samples.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void aSampleKeptAsACaseDecidesAsItsExpectedFile(Path sample) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(httpBasic("admin", "pw"))).build();
        ObjectNode given = (ObjectNode) Json.COMPACT.readTree(Files.readString(sample));
        String caseRef = given.path("caseRef").asString();

        mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
                .content(Json.compact(opening(given)))).andExpect(status().isCreated());
        for (Map<String, Object> event : events(given)) {
            mvc.perform(post("/api/v1/cases/{ref}/events", caseRef).contentType(MediaType.APPLICATION_JSON)
                    .content(Json.compact(event))).andExpect(status().isCreated());
        }
        String body = mvc.perform(get("/api/v1/cases/{ref}", caseRef).param("asOf", given.path("asOf").asString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        JsonNode view = Json.COMPACT.readTree(body);
        JsonNode expected = Json.COMPACT.readTree(Files.readString(
                Path.of(sample.toString().replace(".json", ".expected.json"))));
        assertThat(comparable(view.path("decision")).toPrettyString())
                .isEqualTo(comparable(expected).toPrettyString());
        assertThat(view.path("decision").path("decisionId").isNull()).isTrue();
    }

    /** The case as opened: the firm without its letters, the check without its lifecycle, the rest as history. */
    static ObjectNode opening(ObjectNode sample) {
        ObjectNode open = Json.COMPACT.createObjectNode();
        open.put("caseRef", sample.path("caseRef").asString());
        ObjectNode firm = (ObjectNode) sample.path("firm").deepCopy();
        firm.remove("registeredMail");
        firm.remove("reachable");
        open.set("firm", firm);
        JsonNode checks = sample.path("spotChecks");
        int year = 1993;
        if (checks.size() > 0 && !checks.get(0).isNull()) {
            ObjectNode check = (ObjectNode) checks.get(0).deepCopy();
            LIFECYCLE.forEach(check::remove);
            open.set("check", check);
            year = check.path("year").asInt();
        }
        var history = open.putArray("history");
        for (int i = 1; i < checks.size(); i++) {
            history.add(checks.get(i));
        }
        String asOf = sample.path("asOf").asString();
        String opened = year + "-01-01";
        open.put("openedOn", opened.compareTo(asOf) > 0 ? asOf : opened);
        return open;
    }

    /** The sample's lifecycle, letters and findings as events. */
    static List<Map<String, Object>> events(ObjectNode sample) {
        List<Map<String, Object>> events = new ArrayList<>();
        JsonNode check = sample.path("spotChecks").path(0);
        date(events, check, "noticeReceived", "NOTICE_RECEIVED");
        outcome(events, check, "retest", "RETEST", "result");
        date(events, check, "correctionOrdered", "CORRECTION_ORDERED");
        outcome(events, check, "recheck", "RECHECK", "result");
        outcome(events, check, "announced", "ANNOUNCED", "by");
        outcome(events, check, "secondRecheck", "SECOND_RECHECK", "result");
        outcome(events, check, "suspensionRecheck", "SUSPENSION_RECHECK", "result");
        JsonNode firm = sample.path("firm");
        String asOf = sample.path("asOf").asString();
        for (JsonNode letter : firm.path("registeredMail")) {
            events.add(Map.of("type", "MAIL_SENT", "date", letter.path("sent").asString(), "signed",
                    letter.path("signed").asBoolean()));
        }
        if (firm.has("reachable") && !firm.get("reachable").isNull()) {
            events.add(Map.of("type", "REACHABILITY", "date", asOf, "reachable", firm.get("reachable").asBoolean()));
        }
        codes(events, sample, "findings", "FINDINGS", asOf);
        codes(events, sample, "circumstances", "CIRCUMSTANCES", asOf);
        codes(events, sample, "penalties", "PENALTIES", asOf);
        codes(events, sample, "minorCircumstances", "MINOR_GROUNDS", asOf);
        if (sample.path("noIntentProven").asBoolean()) {
            events.add(Map.of("type", "NO_INTENT_PROVEN", "date", asOf));
        }
        if (sample.path("jurisdictionDisputed").asBoolean()) {
            events.add(Map.of("type", "JURISDICTION_DISPUTED", "date", asOf));
        }
        return events;
    }

    private static void date(List<Map<String, Object>> events, JsonNode check, String field, String type) {
        if (check.hasNonNull(field)) {
            events.add(Map.of("type", type, "date", check.get(field).asString()));
        }
    }

    private static void outcome(List<Map<String, Object>> events, JsonNode check, String field, String type,
                                String key) {
        if (check.hasNonNull(field)) {
            JsonNode o = check.get(field);
            events.add(Map.of("type", type, "date", o.path("date").asString(), key, o.path(key).asString()));
        }
    }

    private static void codes(List<Map<String, Object>> events, JsonNode sample, String field, String type,
                              String asOf) {
        List<String> codes = new ArrayList<>();
        sample.path(field).forEach(c -> codes.add(c.asString()));
        if (!codes.isEmpty()) {
            events.add(Map.of("type", type, "date", asOf, "codes", codes));
        }
    }

    private static JsonNode comparable(JsonNode node) {
        ObjectNode copy = (ObjectNode) node.deepCopy();
        copy.remove("decisionId");
        copy.remove("rulesetVersion");
        return copy;
    }
}
