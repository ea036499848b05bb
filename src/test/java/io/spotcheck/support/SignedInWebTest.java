package io.spotcheck.support;

import io.spotcheck.boot.SpotcheckApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The whole application (on the tests' in-memory H2), with a MockMvc whose requests sign in as the tests' admin. */
@SpringBootTest(classes = SpotcheckApplication.class)
public abstract class SignedInWebTest {

    @Autowired
    protected WebApplicationContext context;

    protected MockMvc mvc;

    @BeforeEach
    void signIn() {
        mvc = AdminMvc.of(context);
    }
}
