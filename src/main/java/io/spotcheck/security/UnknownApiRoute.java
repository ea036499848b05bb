package io.spotcheck.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * An {@code /api/**} request whose path no controller maps, under any method: an unknown route, which answers 404 to
 * every signed-in user (and 401 to anyone else) rather than 403 to all but admins. A mapped path, whatever its
 * method, is never matched here, so a route without a rule of its own stays admin-only.
 */
final class UnknownApiRoute implements RequestMatcher {

    private final ApplicationContext context;
    private volatile List<PathPattern> routes;

    UnknownApiRoute(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        PathContainer path = RequestPath.parse(request.getRequestURI(), request.getContextPath())
                .pathWithinApplication();
        String value = path.value();
        if (!value.equals("/api") && !value.startsWith("/api/")) {
            return false;
        }
        for (PathPattern route : routes()) {
            if (route.matches(path)) {
                return false;
            }
        }
        return true;
    }

    /** The paths the controllers map; read once, after start-up, since they do not change. */
    private List<PathPattern> routes() {
        List<PathPattern> known = routes;
        if (known == null) {
            known = new ArrayList<>();
            for (RequestMappingInfoHandlerMapping mapping
                    : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
                for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                    for (String pattern : info.getPatternValues()) {
                        known.add(PathPatternParser.defaultInstance.parse(pattern));
                    }
                }
            }
            known = List.copyOf(known);
            routes = known;
        }
        return known;
    }
}
