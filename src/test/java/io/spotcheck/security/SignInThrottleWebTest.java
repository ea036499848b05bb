package io.spotcheck.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.boot.SpotcheckApplication;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** CONTRACT §6 "Sign-in throttling" through the filters: HTTP Basic and the form share the counters. */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("SignInThrottleWebTest")
@SpringBootTest(classes = SpotcheckApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:signin-throttle-test;DB_CLOSE_DELAY=-1")
@Import(SignInThrottleWebTest.HandMovedClock.class)
class SignInThrottleWebTest {

    @TestConfiguration
    static class HandMovedClock {
        @Bean
        FakeTicker signInTicker() {
            return new FakeTicker();
        }
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    FakeTicker ticker;

    MockMvc mvc;

    @BeforeEach
    void freshWindow() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        ticker.advance(Duration.ofMinutes(10)); // every earlier failure has left the window
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder form(String name, String password, String address) {
        return post("/login").param("username", name).param("password", password).with(csrf()).with(from(address));
    }

    private void wrongBasic(String name, String address, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            mvc.perform(get("/api/v1/rules").with(httpBasic(name, "wrong")).with(from(address)))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Test
    @DisplayName("the API answers 429 problem+json with Retry-After to a locked name, even with the right password")
    void apiLockedName() throws Exception {
        wrongBasic("officer", "10.1.0.1", 10);

        mvc.perform(get("/api/v1/rules").with(httpBasic("officer", "officer-pw")).with(from("10.1.0.2")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "300"))
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(containsString("300 seconds")));
        mvc.perform(get("/api/v1/rules").with(httpBasic("auditor", "auditor-pw")).with(from("10.1.0.1")))
                .andExpect(status().isOk());

        ticker.advance(Duration.ofMinutes(5));
        mvc.perform(get("/api/v1/rules").with(httpBasic("officer", "officer-pw")).with(from("10.1.0.2")))
                .andExpect(status().isOk());
    }

    @Test
    @DisplayName("form and HTTP Basic failures count together, and a locked form sign-in answers 429 on the page")
    void formAndBasicShareTheCounters() throws Exception {
        wrongBasic("planner", "10.2.0.1", 5);
        for (int i = 0; i < 4; i++) {
            mvc.perform(form("planner", "wrong", "10.2.0.1"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(form("planner", "planner-pw", "10.2.0.1"))
                .andExpect(redirectedUrl("/")); // nine failures: not locked, and a success resets nothing
        mvc.perform(form("planner", "wrong", "10.2.0.1"))
                .andExpect(redirectedUrl("/login?error"));

        mvc.perform(form("planner", "planner-pw", "10.2.0.3"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "300"))
                .andExpect(forwardedUrl(SignInLock.PAGE));
        mvc.perform(get("/api/v1/rules").with(httpBasic("planner", "planner-pw")).with(from("10.2.0.4")))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    @DisplayName("fifty failures from one address lock it for every name; other addresses are unaffected")
    void addressLock() throws Exception {
        for (int i = 0; i < 50; i++) {
            wrongBasic("guess" + i, "10.3.0.1", 1);
        }

        mvc.perform(get("/api/v1/rules").with(httpBasic("admin", "admin-pw")).with(from("10.3.0.1")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/v1/rules").with(httpBasic("admin", "admin-pw")).with(from("10.3.0.2")))
                .andExpect(status().isOk());
    }

    @Test
    @DisplayName("the locked sign-in page says when to try again, in Chinese by default and in English")
    void lockedPageInTheReadersLanguage() throws Exception {
        mvc.perform(get(SignInLock.PAGE).requestAttr(SignInLock.RETRY_AFTER_ATTRIBUTE, 120L))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("登录失败次数过多，请在 120 秒后再试。")));
        mvc.perform(get(SignInLock.PAGE).requestAttr(SignInLock.RETRY_AFTER_ATTRIBUTE, 120L)
                        .cookie(new Cookie("spotcheck-lang", "en")))
                .andExpect(content().string(containsString("try again in 120 seconds")));
        mvc.perform(get(SignInLock.PAGE)).andExpect(redirectedUrl("/login"));
    }

    @Test
    @DisplayName("refused sign-ins are counted by outcome in spotcheck_signin_failures_total")
    void metrics() throws Exception {
        wrongBasic("metrics-probe", "10.4.0.1", 10);
        mvc.perform(get("/api/v1/rules").with(httpBasic("metrics-probe", "x")).with(from("10.4.0.1")))
                .andExpect(status().isTooManyRequests());

        mvc.perform(get("/actuator/prometheus").with(httpBasic("auditor", "auditor-pw")).with(from("10.4.0.9")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("spotcheck_signin_failures_total{outcome=\"throttled\"}")))
                .andExpect(content().string(containsString(
                        "spotcheck_signin_failures_total{outcome=\"bad_credentials\"}")));
    }

    @Test
    @DisplayName("pages send Referrer-Policy: same-origin beside the Content-Security-Policy")
    void referrerPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().exists("Content-Security-Policy"));
    }
}
