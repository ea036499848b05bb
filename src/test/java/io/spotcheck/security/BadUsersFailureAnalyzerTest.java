package io.spotcheck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** A bad SPOTCHECK_USERS stops start-up with a few readable lines, not a stack trace to dig through. */
class BadUsersFailureAnalyzerTest {

    @Test
    void aBadDistrictBindingIsToldInTheFailureAnalysis() {
        Throwable thrown = null;
        try {
            Users.parse("ann:pw:OFFICER@浦东区");
        } catch (Users.BadUsers e) {
            thrown = e;
        }
        assertThat(thrown).isNotNull();

        var analysis = new BadUsersFailureAnalyzer().analyze(new BeanCreationException("users", thrown));

        assertThat(analysis.getDescription()).contains("SPOTCHECK_USERS entry 1 (ann)", "浦东区");
        assertThat(analysis.getAction()).contains("OFFICER@district");
    }

    @Test
    void theAnalyzerIsRegisteredForSpringBoot() throws Exception {
        var names = new java.util.ArrayList<String>();
        for (var url : java.util.Collections.list(getClass().getClassLoader().getResources(
                SpringFactoriesLoader.FACTORIES_RESOURCE_LOCATION))) {
            var props = new java.util.Properties();
            try (var in = url.openStream()) {
                props.load(in);
            }
            String value = props.getProperty(FailureAnalyzer.class.getName());
            if (value != null) {
                names.addAll(java.util.Arrays.stream(value.split(",")).map(String::strip).toList());
            }
        }
        assertThat(names).contains(BadUsersFailureAnalyzer.class.getName());
    }

    @Test
    void otherFailuresAreLeftToSpring() {
        assertThat(new BadUsersFailureAnalyzer().analyze(new IllegalStateException("elsewhere"))).isNull();
        assertThatThrownBy(() -> Users.parse("ann:pw")).isInstanceOf(Users.BadUsers.class);
    }
}
