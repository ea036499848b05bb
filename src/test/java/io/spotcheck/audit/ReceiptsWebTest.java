package io.spotcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.support.CaseBuilder;
import io.spotcheck.support.SignedInWebTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Receipts on the answers that stored a record, the record by position, and verify held against a receipt. */
class ReceiptsWebTest extends SignedInWebTest {

    @Test
    @DisplayName("A stored decision carries Spotcheck-Receipt; its position reads back; verify holds the database against it")
    void aDecisionCarriesItsReceipt() throws Exception {
        String receipt = mvc.perform(post("/api/v1/cases/decide").contentType(MediaType.APPLICATION_JSON)
                        .content(CaseBuilder.aFailedProducer().json()))
                .andExpect(status().isOk()).andExpect(header().exists("Spotcheck-Receipt"))
                .andReturn().getResponse().getHeader("Spotcheck-Receipt");
        assertThat(receipt).matches("position=\\d+; hash=sha256:[0-9a-f]{64}");
        String position = receipt.substring("position=".length(), receipt.indexOf(';'));
        String hash = receipt.substring(receipt.indexOf("hash=") + 5);

        mvc.perform(get("/api/v1/records/" + position)).andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("DECISION")).andExpect(jsonPath("$.hash").value(hash));
        mvc.perform(get("/api/v1/audit/verify").param("receipt", position + ":" + hash))
                .andExpect(jsonPath("$.broken").isEmpty());
        mvc.perform(get("/api/v1/audit/verify").param("receipt", (Long.parseLong(position) + 1000) + ":" + hash))
                .andExpect(jsonPath("$.broken.reason").value("truncated"));
        mvc.perform(get("/api/v1/audit/verify").param("receipt", "nonsense")).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("An answer that stored nothing carries no receipt; a position past the end is not found")
    void readsCarryNoReceipt() throws Exception {
        mvc.perform(get("/api/v1/rules")).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Spotcheck-Receipt"));
        mvc.perform(get("/api/v1/records/999999999")).andExpect(status().isNotFound());
    }
}
