package io.spotcheck.security;

import io.spotcheck.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers successful HTTP Basic sign-ins for a few minutes, keyed by SHA-256 of name and password, so a
 * stateless API client does not pay a bcrypt check (about 60 ms here) on every request. Failures are never cached.
 */
final class CachingAuthenticationProvider implements AuthenticationProvider {

    static final long TTL_NANOS = 5L * 60 * 1_000_000_000L;
    static final int MAX_ENTRIES = 10_000;

    private record Cached(Authentication authentication, long expires) {
    }

    private final AuthenticationProvider delegate;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    CachingAuthenticationProvider(AuthenticationProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String key = key(request.getName(), String.valueOf(request.getCredentials()));
        long now = System.nanoTime();
        Cached hit = cache.get(key);
        if (hit != null && now - hit.expires() < 0) {
            return hit.authentication();
        }
        Authentication result = delegate.authenticate(request);
        if (result != null && result.isAuthenticated()) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(key, new Cached(result, now + TTL_NANOS));
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
