package io.spotcheck.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.register.RegisterWebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CONTRACT §6/§7: {@code GET /api/v1/results/history.csv} is every stored result of the city, for next year's plan
 * (§7: results reach the municipal bureau): planners, auditors, admins and officers with no district read it; an
 * officer bound to a district, who sees only its own district's cases, gets 403.
 */
class ResultsHistoryAccessTest extends RegisterWebTest {

    @ParameterizedTest(name = "{0} reads the results history")
    @ValueSource(strings = {"pat", "audrey", "admin", "muni"})
    void theMunicipalBureauPlannersAndAuditorsReadIt(String user) throws Exception {
        importResults("muni", HEADER + failedKettle("HIST-ACCESS-1", uscc(4101), "浦东新区", "2026-03-02",
                "2026-03-10")).andExpect(status().isOk());

        as(user, get("/api/v1/results/history.csv")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(uscc(4101) + ",C0421,MUNICIPAL,")));
    }

    @ParameterizedTest(name = "{0}, bound to a district, is refused")
    @ValueSource(strings = {"ann", "bob"})
    void aDistrictBoundOfficerIsRefused(String user) throws Exception {
        as(user, get("/api/v1/results/history.csv")).andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"));
    }
}
