package io.spotcheck.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every 4xx and 5xx of {@code /api/**} is problem+json (CONTRACT §4 "Limits"), also those answered outside the
 * controllers: by Tomcat before the application ({@link ApiErrorReportValve}) and by the {@code /error} page that
 * failures in filters are forwarded to. The pages keep their HTML error page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ErrorResponses {

    /** Tomcat's host gets {@link ApiErrorReportValve} in place of its (and Spring Boot's) {@link ErrorReportValve}. */
    @Bean
    ValveCustomizer apiErrorReportValve() {
        return new ValveCustomizer();
    }

    /** Runs after Spring Boot's own customizer, which adds a plain {@link ErrorReportValve}. */
    static final class ValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                    host.getPipeline().addValve(new ApiErrorReportValve());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    @Bean
    BasicErrorController basicErrorController(ErrorAttributes attributes, ObjectProvider<ErrorViewResolver> resolvers) {
        return new ApiAwareErrorController(attributes, resolvers.orderedStream().toList());
    }

    /** Boot's {@code /error}, answering problem+json for a failed {@code /api/**} request whatever it accepts. */
    static final class ApiAwareErrorController extends BasicErrorController {

        ApiAwareErrorController(ErrorAttributes attributes, List<ErrorViewResolver> resolvers) {
            super(attributes, new ErrorProperties(), resolvers);
        }

        private static boolean api(HttpServletRequest request) {
            return ApiProblem.isApi((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        }

        @Override
        public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
            if (!api(request)) {
                return super.errorHtml(request, response);
            }
            int status = getStatus(request).value();
            response.setStatus(status);
            response.setContentType(ApiProblem.MEDIA_TYPE);
            try {
                response.getOutputStream().write(ApiProblem.bytes(status));
            } catch (IOException e) {
                // the client is gone
            }
            return null;
        }

        @Override
        public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
            if (!api(request)) {
                return super.error(request);
            }
            int status = getStatus(request).value();
            return ResponseEntity.status(status).contentType(MediaType.parseMediaType(ApiProblem.MEDIA_TYPE))
                    .body(ApiProblem.body(status));
        }
    }
}
