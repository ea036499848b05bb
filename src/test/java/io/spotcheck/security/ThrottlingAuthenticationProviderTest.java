package io.spotcheck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The throttle before the password check (CONTRACT §6): no check while locked, only failures counted. */
class ThrottlingAuthenticationProviderTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final FakeTicker ticker = new FakeTicker();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
            checks.incrementAndGet();
            if (!"right".equals(a.getCredentials())) {
                throw new BadCredentialsException("bad");
            }
            return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null,
                    AuthorityUtils.createAuthorityList("ROLE_OFFICER"));
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    private final ThrottlingAuthenticationProvider provider =
            new ThrottlingAuthenticationProvider(new SignInThrottle(ticker), passwords, meters);

    private static Authentication signIn(String name, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    private void wrong(String name, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> provider.authenticate(signIn(name, "wrong", "10.0.0.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    private double counted(String outcome) {
        return meters.get("spotcheck.signin.failures").tag("outcome", outcome).counter().count();
    }

    @Test
    @DisplayName("a locked name is refused without a password check, the right password included")
    void aLockedNameIsRefusedUnchecked() {
        wrong("ann", 10);
        int before = checks.get();

        assertThatThrownBy(() -> provider.authenticate(signIn("ann", "right", "10.0.0.9")))
                .isInstanceOfSatisfying(SignInThrottledException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(300));
        assertThat(checks).hasValue(before);
        assertThat(counted("bad_credentials")).isEqualTo(10);
        assertThat(counted("throttled")).isEqualTo(1);
    }

    @Test
    @DisplayName("Retry-After is whole seconds rounded up")
    void retryAfterRoundsUp() {
        wrong("ann", 10);
        ticker.advance(Duration.ofMillis(500));

        assertThatThrownBy(() -> provider.authenticate(signIn("ann", "right", "10.0.0.1")))
                .isInstanceOfSatisfying(SignInThrottledException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(300));
        ticker.advance(Duration.ofSeconds(299).minusMillis(1));
        assertThatThrownBy(() -> provider.authenticate(signIn("ann", "right", "10.0.0.1")))
                .isInstanceOfSatisfying(SignInThrottledException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
    }

    @Test
    @DisplayName("locked attempts are not failures: they do not extend the lock")
    void lockedAttemptsDoNotExtendTheLock() {
        wrong("ann", 10);
        ticker.advance(Duration.ofMinutes(4));
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> provider.authenticate(signIn("ann", "wrong", "10.0.0.1")))
                    .isInstanceOf(SignInThrottledException.class);
        }

        ticker.advance(Duration.ofMinutes(1));

        assertThat(provider.authenticate(signIn("ann", "right", "10.0.0.1")).isAuthenticated()).isTrue();
    }

    @Test
    @DisplayName("a success does not reset the count")
    void aSuccessDoesNotReset() {
        wrong("ann", 9);
        assertThat(provider.authenticate(signIn("ann", "right", "10.0.0.1")).isAuthenticated()).isTrue();

        wrong("ann", 1);

        assertThatThrownBy(() -> provider.authenticate(signIn("ann", "right", "10.0.0.1")))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    @DisplayName("other names from other addresses are unaffected by a locked name")
    void otherNamesAreUnaffected() {
        wrong("ann", 10);

        assertThat(provider.authenticate(signIn("bo", "right", "10.0.0.2")).isAuthenticated()).isTrue();
    }

    @Test
    @DisplayName("names are logged cut and without control characters")
    void printableNames() {
        assertThat(ThrottlingAuthenticationProvider.printable("a\nb\u0000c")).isEqualTo("a?b?c");
        assertThat(ThrottlingAuthenticationProvider.printable("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
    }
}
