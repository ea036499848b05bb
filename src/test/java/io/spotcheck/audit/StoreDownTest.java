package io.spotcheck.audit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.support.CaseBuilder;
import io.spotcheck.web.SpotcheckApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** With the store down, the caller gets 503 problem+json, never an unrecorded decision. */
@SpringBootTest(classes = SpotcheckApplication.class)
@AutoConfigureMockMvc
class StoreDownTest {

    @Autowired
    org.springframework.web.context.WebApplicationContext context;

    MockMvc mvc;

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        mvc = io.spotcheck.support.AdminMvc.of(context);
    }

    @MockitoBean
    AuditLog log;

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
