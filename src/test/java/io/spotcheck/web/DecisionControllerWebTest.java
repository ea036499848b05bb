package io.spotcheck.web;

import io.spotcheck.support.SignedInWebTest;
import static io.spotcheck.support.CaseBuilder.aCase;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The web slice: the decision and rules routes, and their problem+json errors. */
class DecisionControllerWebTest extends SignedInWebTest {

    @Test
    void decidesTheContractExample() throws Exception {
        byte[] body = Files.readAllBytes(Path.of("samples/cases/01-announced-recheck-failed-producer.json"));

        mvc.perform(post("/api/v1/cases/decide").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.caseRef").value("PD-2027-0042"))
                .andExpect(jsonPath("$.rulesetVersion").value(startsWith("sha256:")))
                .andExpect(jsonPath("$.filing").value("MUST_FILE"))
                .andExpect(jsonPath("$.seriousCategories[0]").value("SUBSTANDARD_AS_STANDARD"))
                .andExpect(jsonPath("$.listings[1].approvalBy").value("MUNICIPAL"))
                .andExpect(jsonPath("$.listings[0].approvalBy").doesNotExist())
                .andExpect(jsonPath("$.explanation[*].ruleId", hasItem("INT-011")));
    }

    @Test
    void badInputIsProblemJsonNamingEachField() throws Exception {
        byte[] body = aCase().firm("uscc", "91310115MA1K3YJ575").asOf("2027-02-30").findings("NOPE").json();

        mvc.perform(post("/api/v1/cases/decide").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[*].field", hasItem("firm.uscc")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("asOf")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("findings[0]")));
    }

    @Test
    void malformedJsonIsProblemJsonWithLineAndColumn() throws Exception {
        mvc.perform(post("/api/v1/cases/decide").contentType(MediaType.APPLICATION_JSON).content("{\"firm\": ]"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("line 1, column 10"));
    }

    @Test
    void duplicateKeysAreRefused() throws Exception {
        mvc.perform(post("/api/v1/cases/decide").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"asOf\":\"2027-01-01\",\"asOf\":\"2027-01-02\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("asOf")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("duplicate"))));
    }

    @Test
    void aBodyOverOneMebibyteIs413() throws Exception {
        byte[] body = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');

        mvc.perform(post("/api/v1/cases/decide").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aBodyOfExactlyOneMebibyteIsRead() throws Exception {
        byte[] json = aCase().json();
        byte[] body = new byte[1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        System.arraycopy(json, 0, body, 0, json.length);

        mvc.perform(post("/api/v1/cases/decide").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }

    @Test
    void aWrongMediaTypeIsProblemJson() throws Exception {
        mvc.perform(post("/api/v1/cases/decide").contentType(MediaType.TEXT_PLAIN).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void servesTheRuleCatalogue() throws Exception {
        mvc.perform(get("/api/v1/rules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rulesetVersion").value(startsWith("sha256:")))
                .andExpect(jsonPath("$.rules[*].id", hasItem("LST-022")))
                .andExpect(jsonPath("$.rules[0].name.zh").isNotEmpty())
                .andExpect(jsonPath("$.rules[0].basis").isNotEmpty())
                .andExpect(jsonPath("$.rules[0].file").value(containsString(".drl")));
    }
}
