package io.spotcheck.support;

import io.spotcheck.boot.SpotcheckApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The whole application (on the tests' in-memory H2), with a MockMvc whose requests sign in as the tests' admin.
 * {@code @AutoConfigureMockMvc} as the page tests have it, so they and these share one application context.
 */
@SpringBootTest(classes = SpotcheckApplication.class)
@AutoConfigureMockMvc
public abstract class SignedInWebTest {

    @Autowired
    protected WebApplicationContext context;

    protected MockMvc mvc;

    @BeforeEach
    void signIn() {
        mvc = AdminMvc.of(context);
    }
}
