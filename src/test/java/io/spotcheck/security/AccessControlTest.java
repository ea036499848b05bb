package io.spotcheck.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.support.CaseBuilder;
import io.spotcheck.boot.SpotcheckApplication;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** CONTRACT §6 per role and route: allowed, 401 without credentials, 403 with the wrong role. */
@SpringBootTest(classes = SpotcheckApplication.class)
@AutoConfigureMockMvc
class AccessControlTest {

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder route(String name) {
        return switch (name) {
            case "decide" -> post("/api/v1/cases/decide").contentType(MediaType.APPLICATION_JSON)
                    .content(CaseBuilder.aCase().json());
            case "decisions" -> get("/api/v1/decisions");
            case "verify" -> get("/api/v1/audit/verify");
            case "rules" -> get("/api/v1/rules");
            case "prometheus" -> get("/actuator/prometheus");
            case "plan" -> get("/api/v1/plans/none/plan.csv");
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("decide", "officer", 200), Arguments.of("decide", "admin", 200),
                Arguments.of("decide", "planner", 403), Arguments.of("decide", "auditor", 403),
                Arguments.of("decisions", "officer", 200), Arguments.of("decisions", "auditor", 200),
                Arguments.of("decisions", "planner", 403),
                Arguments.of("verify", "auditor", 200), Arguments.of("verify", "officer", 403),
                Arguments.of("verify", "planner", 403),
                Arguments.of("rules", "planner", 200), Arguments.of("rules", "officer", 200),
                Arguments.of("prometheus", "auditor", 200), Arguments.of("prometheus", "admin", 200),
                Arguments.of("prometheus", "officer", 403),
                Arguments.of("plan", "planner", 404), Arguments.of("plan", "auditor", 404),
                Arguments.of("plan", "officer", 403));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void rolesAndRoutes(String route, String user, int expected) throws Exception {
        mvc.perform(route(route).with(httpBasic(user, user + "-pw"))).andExpect(status().is(expected));
    }

    static Stream<String> routes() {
        return Stream.of("decide", "decisions", "verify", "rules", "prometheus", "plan");
    }

    @ParameterizedTest(name = "{0} without credentials: 401 problem+json")
    @MethodSource("routes")
    void anonymousIsRefused(String route) throws Exception {
        mvc.perform(route(route)).andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        mvc.perform(route("rules").with(httpBasic("officer", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void healthIsTheOnlyAnonymousRoute() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void aForbiddenAnswerIsProblemJson() throws Exception {
        mvc.perform(route("verify").with(httpBasic("planner", "planner-pw"))).andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"));
    }

    @ParameterizedTest(name = "a stored record as {0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource({"auditor, 200", "admin, 200", "officer, 403", "planner, 403"})
    void auditorsReadRecordsOfAnyKind(String user, int expected) throws Exception {
        String receipt = mvc.perform(route("decide").with(httpBasic("officer", "officer-pw")))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("Spotcheck-Receipt");
        String position = receipt.substring(receipt.indexOf('=') + 1, receipt.indexOf(';'));

        mvc.perform(get("/api/v1/records/" + position).with(httpBasic(user, user + "-pw")))
                .andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "an unknown route as {0}: 404 problem+json")
    @org.junit.jupiter.params.provider.CsvSource({"officer, /api/v1/nope", "auditor, /api/v1/nope",
            "planner, /api/v1/nope", "admin, /api/v1/nope", "officer, /api/v1/audit/nope", "planner, /api/nope",
            "officer, /api/v1/cases/decide/nope"})
    void anUnknownRouteIsNotFoundForEverySignedInUser(String user, String path) throws Exception {
        mvc.perform(get(path).with(httpBasic(user, user + "-pw"))).andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void anUnknownRouteNeedsASignIn() throws Exception {
        mvc.perform(get("/api/v1/nope")).andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void aKnownRouteWithoutARuleOfItsOwnStaysClosed() throws Exception {
        // DELETE maps nothing under /api/v1/decisions/{id}, but the path is a route: the admin-only default holds
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/decisions/x")
                .with(httpBasic("officer", "officer-pw"))).andExpect(status().isForbidden());
    }

    @Test
    void theApiKeepsNoSession() throws Exception {
        mvc.perform(route("rules").with(httpBasic("officer", "officer-pw"))).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }
}
