package io.spotcheck.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the {@link SignInThrottle} before every password check, form and HTTP Basic alike: a locked name or address
 * is refused with {@link SignInThrottledException} and no check at all (so a right password tells nothing); a wrong
 * password is counted. Counted in {@code spotcheck_signin_failures_total{outcome}}; logged without the password.
 */
final class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottlingAuthenticationProvider.class);

    private final SignInThrottle throttle;
    private final AuthenticationProvider delegate;
    private final Counter badCredentials;
    private final Counter throttled;

    ThrottlingAuthenticationProvider(SignInThrottle throttle, AuthenticationProvider delegate, MeterRegistry meters) {
        this.throttle = throttle;
        this.delegate = delegate;
        this.badCredentials = counter(meters, "bad_credentials");
        this.throttled = counter(meters, "throttled");
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("spotcheck.signin.failures").tag("outcome", outcome)
                .description("Refused sign-ins: a wrong name or password, or a locked name or address")
                .register(meters);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String name = request.getName();
        String address = address(request);
        Duration locked = throttle.lockedFor(name, address);
        if (!locked.isZero()) {
            throttled.increment();
            throw new SignInThrottledException(locked);
        }
        try {
            return delegate.authenticate(request);
        } catch (BadCredentialsException e) {
            badCredentials.increment();
            if (throttle.failed(name, address)) {
                log.warn("sign-in locked after repeated failures (the name, the address or both): name '{}' from {}",
                        printable(name), address);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    /** A name as it may go into a log line: at most 40 characters, no control characters. */
    static String printable(String name) {
        String n = name == null ? "" : name.codePoints().limit(40)
                .map(c -> Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return name != null && name.codePointCount(0, name.length()) > 40 ? n + "…" : n;
    }
}
