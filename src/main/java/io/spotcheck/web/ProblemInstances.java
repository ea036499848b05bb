package io.spotcheck.web;

import java.net.URI;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A problem's {@code instance} is the request path, which Spring fills in whole: a long path is cut back to its
 * first segments, so that no answer repeats more than a little of what it refuses (CONTRACT §4).
 */
@ControllerAdvice
class ProblemInstances implements ResponseBodyAdvice<Object> {

    static final int MAX_INSTANCE = 100;

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && problem.getInstance() != null) {
            problem.setInstance(shortened(problem.getInstance()));
        }
        return body;
    }

    static URI shortened(URI instance) {
        String path = instance.toString();
        if (path.length() <= MAX_INSTANCE) {
            return instance;
        }
        int slash = path.lastIndexOf('/', MAX_INSTANCE);
        return URI.create(slash <= 0 ? "/" : path.substring(0, slash + 1));
    }
}
