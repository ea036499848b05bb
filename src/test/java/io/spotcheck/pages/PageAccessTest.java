package io.spotcheck.pages;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.boot.SpotcheckApplication;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The pages' access control: sign-in form, CSRF, each role its part, a page (not JSON) when refused. */
@SpringBootTest(classes = SpotcheckApplication.class)
@AutoConfigureMockMvc
class PageAccessTest {

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("/cases/new", "OFFICER", 200), Arguments.of("/cases/new", "ADMIN", 200),
                Arguments.of("/cases/new", "PLANNER", 403), Arguments.of("/cases/new", "AUDITOR", 403),
                Arguments.of("/decisions", "OFFICER", 200), Arguments.of("/decisions", "AUDITOR", 200),
                Arguments.of("/decisions", "PLANNER", 403),
                Arguments.of("/plans/new", "PLANNER", 200), Arguments.of("/plans/new", "AUDITOR", 403),
                Arguments.of("/plans/new", "OFFICER", 403),
                Arguments.of("/plans", "PLANNER", 200), Arguments.of("/plans", "AUDITOR", 200),
                Arguments.of("/plans", "OFFICER", 403),
                Arguments.of("/audit", "AUDITOR", 200), Arguments.of("/audit", "ADMIN", 200),
                Arguments.of("/audit", "OFFICER", 403), Arguments.of("/audit", "PLANNER", 403),
                Arguments.of("/audit/verify", "AUDITOR", 200), Arguments.of("/audit/verify", "OFFICER", 403),
                Arguments.of("/rules", "PLANNER", 200), Arguments.of("/rules", "OFFICER", 200),
                Arguments.of("/", "PLANNER", 200));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void eachRoleItsPart(String page, String role, int expected) throws Exception {
        var result = mvc.perform(get(page).with(user(role.toLowerCase()).roles(role)))
                .andExpect(status().is(expected));
        if (expected == 403) {
            result.andExpect(forwardedUrl("/denied"));
        } else {
            result.andExpect(content().contentTypeCompatibleWith("text/html"));
        }
    }

    @Test
    void aRefusalIsAPageThatSaysSo() throws Exception {
        mvc.perform(get("/denied").with(user("officer").roles("OFFICER")).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("无权访问")));
        mvc.perform(get("/denied?lang=en").with(user("officer").roles("OFFICER")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("Not allowed")));
    }

    @Test
    void notSignedInGoesToTheSignInPage() throws Exception {
        mvc.perform(get("/cases/new")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    @DisplayName("a form posted without its CSRF token is refused, with it accepted")
    void formsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/cases/json").param("json", "{}").with(user("officer").roles("OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/json").param("json", "{}").with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void signInWithTheConfiguredPasswordAndOnlyWithIt() throws Exception {
        mvc.perform(formLogin("/login").user("officer").password("officer-pw"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("officer").password("officer-pw!"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody").password("officer-pw"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aPageSessionDoesNotOpenTheApiWhichStaysStatelessBasic() throws Exception {
        var session = (org.springframework.mock.web.MockHttpSession) mvc
                .perform(formLogin("/login").user("admin").password("admin-pw"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/rules").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/rules").session(session)).andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/api/v1/rules").with(httpBasic("admin", "admin-pw"))).andExpect(status().isOk());
    }

    @Test
    void signingOutNeedsTheTokenAndEndsAtTheSignInPage() throws Exception {
        mvc.perform(post("/logout").with(user("officer").roles("OFFICER")).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/login?logout")).andExpect(content().string(Matchers.containsString("您已退出登录")));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void passwordsNeverReachTheLog(CapturedOutput output) throws Exception {
        mvc.perform(formLogin("/login").user("officer").password("wrong-secret-4711"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("officer").password("officer-pw")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/rules").with(httpBasic("auditor", "basic-secret-0815")))
                .andExpect(status().isUnauthorized());
        assertThat(output.getAll()).doesNotContain("wrong-secret-4711", "officer-pw", "basic-secret-0815");
    }

    @Test
    void theStylesheetAndScriptAreServedToEveryoneFromAssetsOnly() throws Exception {
        mvc.perform(get("/assets/css/spotcheck.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/assets/js/spotcheck.js")).andExpect(status().isOk());
        mvc.perform(get("/css/spotcheck.css").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
    }
}
