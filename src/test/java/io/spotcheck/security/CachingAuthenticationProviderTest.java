package io.spotcheck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class CachingAuthenticationProviderTest {

    private final AtomicInteger checks = new AtomicInteger();

    private final AuthenticationProvider slow = new AuthenticationProvider() {
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

    @Test
    void aSuccessfulSignInIsCheckedOnceThenRemembered() {
        var provider = new CachingAuthenticationProvider(slow);

        var first = provider.authenticate(new UsernamePasswordAuthenticationToken("ann", "right"));
        var second = provider.authenticate(new UsernamePasswordAuthenticationToken("ann", "right"));

        assertThat(checks).hasValue(1);
        assertThat(second).isSameAs(first);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        var provider = new CachingAuthenticationProvider(slow);
        provider.authenticate(new UsernamePasswordAuthenticationToken("ann", "right"));

        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken("ann", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken("ann", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void anotherUserWithTheSamePasswordIsCheckedAnew() {
        var provider = new CachingAuthenticationProvider(slow);
        provider.authenticate(new UsernamePasswordAuthenticationToken("ann", "right"));

        var bo = provider.authenticate(new UsernamePasswordAuthenticationToken("bo", "right"));

        assertThat(bo.getName()).isEqualTo("bo");
        assertThat(checks).hasValue(2);
    }

    @Test
    void aRememberedSignInExpiresAfterFiveMinutes() {
        var ticker = new FakeTicker();
        var provider = new CachingAuthenticationProvider(slow, ticker);
        provider.authenticate(new UsernamePasswordAuthenticationToken("ann", "right"));

        ticker.advance(CachingAuthenticationProvider.TTL.minusNanos(1));
        provider.authenticate(new UsernamePasswordAuthenticationToken("ann", "right"));
        assertThat(checks).hasValue(1);

        ticker.advance(java.time.Duration.ofNanos(1));
        provider.authenticate(new UsernamePasswordAuthenticationToken("ann", "right"));
        assertThat(checks).hasValue(2);
    }
}
