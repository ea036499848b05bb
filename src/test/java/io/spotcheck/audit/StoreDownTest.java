package io.spotcheck.audit;

import io.spotcheck.support.SignedInWebTest;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.support.CaseBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** With the store down, the caller gets 503 problem+json, never an unrecorded decision. */
class StoreDownTest extends SignedInWebTest {

    @MockitoBean
    AuditWriter log;
    @MockitoBean
    AuditLog records;
    @org.springframework.beans.factory.annotation.Autowired
    StoreHealth health;

    @Test
    void noDecisionIsGivenOutWhenItCannotBeStored() throws Exception {
        when(log.append(any())).thenThrow(new StoreUnavailableException("database gone", null));

        mvc.perform(post("/api/v1/cases/decide").contentType(MediaType.APPLICATION_JSON)
                        .content(CaseBuilder.aFailedProducer().json()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.decisionId").doesNotExist())
                .andExpect(jsonPath("$.filing").doesNotExist());
    }

    /** Found on a real full disk: H2 closes its database, and reads answered 500 with a stack trace per request. */
    @Test
    void aReadOfAStoreThatIsGoneIs503AndTheStoreIsDown() throws Exception {
        when(records.find(any(), any())).thenThrow(new org.springframework.dao.DataAccessResourceFailureException(
                "The database has been closed [90098-240]"));

        mvc.perform(get("/api/v1/decisions/00000000-0000-0000-0000-000000000001"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Audit store unavailable"));
        org.assertj.core.api.Assertions.assertThat(health.down()).isTrue();
    }
}
