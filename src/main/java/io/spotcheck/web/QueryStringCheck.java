package io.spotcheck.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a malformed query string under {@code /api/**} with 400 problem+json (CONTRACT §4) before anything reads
 * it: a {@code %} not followed by two hex digits, percent-encoded bytes that are not UTF-8, or a control character
 * (U+0000–U+001F, U+007F–U+009F). Tomcat would otherwise drop such parameters silently, or fail later.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class QueryStringCheck {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiQueryStringFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if (!wellFormed(request.getQueryString())) {
                    response.setStatus(400);
                    response.setContentType(ApiProblem.MEDIA_TYPE);
                    response.getOutputStream().write(ApiProblem.bytes(400));
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Whether a raw query string decodes (as {@code application/x-www-form-urlencoded}, UTF-8) to clean text. */
    static boolean wellFormed(String query) {
        if (query == null) {
            return true;
        }
        for (String part : query.split("[&=]", -1)) {
            ByteBuffer bytes = ByteBuffer.allocate(part.length());
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '%') {
                    if (i + 2 >= part.length() || !hex(part.charAt(i + 1)) || !hex(part.charAt(i + 2))) {
                        return false;
                    }
                    bytes.put((byte) Integer.parseInt(part.substring(i + 1, i + 3), 16));
                    i += 2;
                } else if (c > 0x7F) {
                    return false; // a raw non-ASCII byte: not a valid query string
                } else {
                    bytes.put((byte) (c == '+' ? ' ' : c));
                }
            }
            bytes.flip();
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
                if (text.chars().anyMatch(ch -> ch <= 0x1F || (ch >= 0x7F && ch <= 0x9F))) {
                    return false;
                }
            } catch (CharacterCodingException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
