package io.spotcheck.web;

import io.spotcheck.audit.AuditRecord;
import io.spotcheck.audit.AuditWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * {@code Spotcheck-Receipt: position=<seq>; hash=sha256:<hex>} on every 2xx of {@code /api/**} that stored at least
 * one record (CONTRACT §5 "Receipts and the head"): the last record the answer stored, which {@code audit verify
 * --receipt} can later hold the database against.
 */
final class Receipts {

    static final String HEADER = "Spotcheck-Receipt";

    private Receipts() {
    }

    static String of(AuditRecord r) {
        return "position=" + r.seq() + "; hash=" + r.hash();
    }

    /** Forgets what an earlier request on this thread stored, before and after each request. */
    @org.springframework.context.annotation.Configuration
    static class Reset implements org.springframework.web.servlet.config.annotation.WebMvcConfigurer,
            org.springframework.web.servlet.HandlerInterceptor {

        @Override
        public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
            registry.addInterceptor(this);
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            AuditWriter.forgetLastStored();
            return true;
        }

        @Override
        public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                    Exception e) {
            AuditWriter.forgetLastStored();
        }
    }

    /** Adds the header as the body is written, while headers can still be set. */
    @ControllerAdvice
    static final class Header implements ResponseBodyAdvice<Object> {
        @Override
        public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                      Class<? extends HttpMessageConverter<?>> converterType,
                                      ServerHttpRequest request, ServerHttpResponse response) {
            AuditRecord last = AuditWriter.lastStored();
            AuditWriter.forgetLastStored(); // one answer, one receipt: nothing carries over to the thread's next request
            if (last != null && request.getURI().getPath().startsWith("/api/")
                    && response instanceof ServletServerHttpResponse servlet
                    && servlet.getServletResponse().getStatus() / 100 == 2) {
                response.getHeaders().set(HEADER, of(last));
            }
            return body;
        }
    }
}
