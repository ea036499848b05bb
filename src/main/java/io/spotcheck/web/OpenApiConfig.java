package io.spotcheck.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The OpenAPI document (CONTRACT §3 version 2): titled "Spotcheck" with the jar's version, HTTP Basic declared and
 * required on every {@code /api/**} operation, so Swagger UI's "Authorize" and generated clients sign in.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:spotcheck-build.properties")
class OpenApiConfig {

    static final String BASIC = "basicAuth";

    @Bean
    OpenAPI spotcheckOpenApi(io.spotcheck.shared.SpotcheckProperties settings) {
        String version = settings.version();
        return new OpenAPI()
                .info(new Info().title("Spotcheck").version(version)
                        .description("Rules engine for Shanghai's product-quality spot checks (沪市监产质〔2022〕251号):"
                                + " case decisions, annual sampling plans, the rule catalogue and the audit chain."
                                + " Every /api/** route takes HTTP Basic (users of SPOTCHECK_USERS) and is stateless;"
                                + " errors are application/problem+json (RFC 9457). Plan inputs are multipart files:"
                                + " CSV in UTF-8 (with or without a byte-order mark) or GB18030, or XLSX.")
                        .contact(new Contact().name("Spotcheck maintainers (README.md: running, access, contract)")))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A user of SPOTCHECK_USERS (name:password:ROLE)")));
    }

    /** Every operation under /api/ requires HTTP Basic. */
    @Bean
    OpenApiCustomizer basicOnEveryApiOperation() {
        return api -> api.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.readOperations().forEach(op -> op.setSecurity(
                        java.util.List.of(new SecurityRequirement().addList(BASIC))));
            }
        });
    }
}
