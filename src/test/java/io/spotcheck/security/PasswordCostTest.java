package io.spotcheck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spotcheck.shared.SpotcheckProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** bcrypt's cost for plain passwords: 10 unless configured (the tests run at 4), stored hashes at their own. */
class PasswordCostTest {

    private static SpotcheckProperties settings(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("spotcheck", SpotcheckProperties.class);
    }

    private static PasswordEncoder encoder(Map<String, String> values) {
        return new SecurityConfig().passwordEncoder(settings(values));
    }

    @Test
    void plainPasswordsAreHashedAtCostTenUnlessConfigured() {
        assertThat(encoder(Map.of()).encode("pw")).startsWith("{bcrypt}$2a$10$");
        assertThat(encoder(Map.of("spotcheck.security.password-cost", "4")).encode("pw"))
                .startsWith("{bcrypt}$2a$04$");
        assertThat(encoder(Map.of("spotcheck.security.password-cost", "5")).encode("pw"))
                .startsWith("{bcrypt}$2a$05$");
    }

    @Test
    void storedHashesAreCheckedAtTheCostTheyName() {
        var cheap = encoder(Map.of("spotcheck.security.password-cost", "4"));
        String atTen = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("secret");

        assertThat(cheap.matches("secret", atTen)).isTrue();
        assertThat(cheap.matches("Secret", atTen)).isFalse();
        assertThat(cheap.matches("secret", "{noop}secret")).as("other ids as Spring Security's default").isTrue();
        assertThat(cheap.matches("secret", "{noop}other")).isFalse();
    }

    @Test
    void aCostOutsideBcryptsRangeStopsTheStart() {
        for (String cost : new String[] {"3", "32"}) {
            assertThatThrownBy(() -> settings(Map.of("spotcheck.security.password-cost", cost)))
                    .isInstanceOf(BindException.class)
                    .rootCause().hasMessageContaining("spotcheck.security.password-cost must be 4 to 31")
                    .hasMessageEndingWith(cost);
        }
        assertThat(settings(Map.of("spotcheck.security.password-cost", "31")).security().passwordCost()).isEqualTo(31);
        assertThat(settings(Map.of("spotcheck.security.password-cost", "4")).security().passwordCost()).isEqualTo(4);
    }
}
