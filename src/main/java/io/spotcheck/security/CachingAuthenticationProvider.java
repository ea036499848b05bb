package io.spotcheck.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.spotcheck.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers successful HTTP Basic sign-ins for five minutes, keyed by SHA-256 of name and password, so a stateless
 * API client does not pay a bcrypt check (about 60 ms here) on every request. Failures are never cached. Time comes
 * from a {@link Ticker}, so the expiry is tested without waiting.
 */
final class CachingAuthenticationProvider implements AuthenticationProvider {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider delegate;
    private final Cache<String, Authentication> cache;

    CachingAuthenticationProvider(AuthenticationProvider delegate) {
        this(delegate, Ticker.systemTicker());
    }

    CachingAuthenticationProvider(AuthenticationProvider delegate, Ticker ticker) {
        this.delegate = delegate;
        this.cache = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(MAX_ENTRIES).ticker(ticker)
                .executor(Runnable::run).build();
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String key = key(request.getName(), String.valueOf(request.getCredentials()));
        Authentication hit = cache.getIfPresent(key);
        if (hit != null) {
            return hit;
        }
        Authentication result = delegate.authenticate(request);
        if (result != null && result.isAuthenticated()) {
            cache.put(key, result);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String key(String name, String password) {
        MessageDigest sha = Sha256.digest();
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
    }
}
