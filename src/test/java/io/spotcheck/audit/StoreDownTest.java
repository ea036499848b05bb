package io.spotcheck.audit;

import io.spotcheck.support.SignedInWebTest;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
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
}
