package io.spotcheck.audit;

import io.spotcheck.support.SignedInWebTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.shared.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Decisions are stored before they are answered, can be read, listed, replayed, and the chain verified. */
class AuditRoutesTest extends SignedInWebTest {

    @Autowired
    AuditLog log;
    @Autowired
    io.spotcheck.engine.RuleBase served;

    private String decide(String sample) throws Exception {
        String body = mvc.perform(post("/api/v1/cases/decide").contentType(MediaType.APPLICATION_JSON)
                        .content(Files.readAllBytes(Path.of("samples/cases", sample))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Json.COMPACT.readTree(body).get("decisionId").asString();
    }

    @Test
    void aDecisionIsStoredWithItsRequestResponseAndHash() throws Exception {
        String id = decide("05-toy-producer-sharp-edges-listed.json");

        var record = log.find(id).orElseThrow();
        assertThat(record.requestedBy()).isEqualTo("admin");
        assertThat(record.caseRef()).isEqualTo("FX-2027-0021");
        mvc.perform(get("/api/v1/decisions/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisionId").value(id))
                .andExpect(jsonPath("$.caseRef").value("FX-2027-0021"))
                .andExpect(jsonPath("$.asOf").value("2027-09-30"))
                .andExpect(jsonPath("$.request.firm.name").value("上海奉乐儿童用品有限公司"))
                .andExpect(jsonPath("$.response.filing").value("MUST_FILE"))
                .andExpect(jsonPath("$.hash").value(record.hash()))
                .andExpect(jsonPath("$.previousHash").value(record.previousHash()));
    }

    @Test
    void decisionsAreListedByCaseReference() throws Exception {
        decide("06-expired-goods-seller-not-listed.json");

        mvc.perform(get("/api/v1/decisions").param("caseRef", "BS-2027-0190"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.items[0].caseRef").value("BS-2027-0190"))
                .andExpect(jsonPath("$.items[0].request").doesNotExist());
    }

    @Test
    void replayReproducesTheStoredResponseByteForByte() throws Exception {
        String id = decide("01-announced-recheck-failed-producer.json");

        mvc.perform(post("/api/v1/decisions/" + id + "/replay"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reproduced").value(true))
                .andExpect(jsonPath("$.differences").isEmpty())
                .andExpect(jsonPath("$.current.differences").isEmpty())
                .andExpect(jsonPath("$.current.response.filing").value("MUST_FILE"));
        String stored = log.find(id).orElseThrow().response();
        assertThat(Replayer.rerun(log.find(id).orElseThrow(), served)).isEqualTo(stored);
    }

    @Test
    void theChainVerifies() throws Exception {
        decide("02-kettle-unsafe-producer.json");

        mvc.perform(get("/api/v1/audit/verify"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.broken").doesNotExist());
    }

    @Test
    void anUnknownDecisionIs404ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/decisions/nope")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void metricsCountDecisionsAndRuleFirings() throws Exception {
        decide("02-kettle-unsafe-producer.json");

        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("spotcheck_decisions_total{filing=\"MUST_FILE\",serious=\"true\"")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("spotcheck_rule_fired_total{rule=\"CLS-002\"")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("spotcheck_decision_seconds")));
    }

    @Test
    void theOpenApiDocumentListsEveryRoute() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases/decide']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/decisions/{id}/replay']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit/verify']").exists());
    }
}
