package io.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.spotcheck.support.SignedInWebTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** Issue 15: the OpenAPI document is valid, names the service, requires Basic, and a plan call made from it works. */
class OpenApiDocumentTest extends SignedInWebTest {

    private OpenAPI document() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var result = new OpenAPIV3Parser().readContents(json, null, null);
        assertThat(result.getMessages()).as("validation messages").isEmpty();
        return result.getOpenAPI();
    }

    @Test
    void isValidAndTitledWithTheJarsVersion() throws Exception {
        OpenAPI api = document();

        assertThat(api.getInfo().getTitle()).isEqualTo("Spotcheck");
        assertThat(api.getInfo().getVersion()).matches("\\d+\\.\\d+\\.\\d+.*").isNotEqualTo("v0");
        assertThat(api.getInfo().getDescription()).contains("HTTP Basic");
        assertThat(api.getInfo().getContact()).isNotNull();
    }

    @Test
    void everyApiOperationRequiresHttpBasic() throws Exception {
        OpenAPI api = document();

        SecurityScheme basic = api.getComponents().getSecuritySchemes().get("basicAuth");
        assertThat(basic.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(basic.getScheme()).isEqualTo("basic");
        assertThat(api.getPaths()).isNotEmpty();
        api.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                assertThat(item.readOperations()).isNotEmpty().allSatisfy(op -> assertThat(op.getSecurity())
                        .as(path).anySatisfy(r -> assertThat(r).containsKey("basicAuth")));
            }
        });
    }

    @Test
    @SuppressWarnings("rawtypes")
    void resultsAreAMultipartBodyWithTheirPart() throws Exception {
        var post = document().getPaths().get("/api/v1/results").getPost();
        assertThat(post.getParameters() == null ? java.util.List.of() : post.getParameters()).isEmpty();
        assertThat(post.getResponses()).containsKeys("200", "400", "503");
        Schema<?> body = post.getRequestBody().getContent().get("multipart/form-data").getSchema();
        Schema<?> upload = body.get$ref() == null ? body : document().getComponents().getSchemas()
                .get(body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1));
        Map<String, Schema> properties = upload.getProperties();
        assertThat(properties).containsOnlyKeys("results.csv");
        assertThat(upload.getRequired()).containsExactly("results.csv");
    }

    @Test
    @SuppressWarnings("rawtypes")
    void plansAreAMultipartBodyWithTheirPartsAndACallBuiltFromItWorks() throws Exception {
        var post = document().getPaths().get("/api/v1/plans").getPost();
        assertThat(post.getParameters() == null ? java.util.List.of() : post.getParameters()).isEmpty();
        assertThat(post.getResponses()).containsKeys("201", "400", "413", "422");
        var problem = post.getResponses().get("400").getContent().get("application/problem+json");
        assertThat(problem.getExample() != null ? problem.getExample() : problem.getExamples())
                .asString().contains("firms.csv:0:0");
        Schema<?> body = post.getRequestBody().getContent().get("multipart/form-data").getSchema();
        Schema<?> upload = body.get$ref() == null ? body : document().getComponents().getSchemas()
                .get(body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1));
        Map<String, Schema> properties = upload.getProperties();
        assertThat(properties).containsKeys("catalogue.csv", "firms.csv", "history.csv", "signals.csv",
                "inspectors.csv", "year", "budget", "seed", "start");
        assertThat(upload.getRequired()).contains("catalogue.csv", "firms.csv", "history.csv", "year", "budget",
                "seed");

        var call = multipart("/api/v1/plans");
        for (var e : properties.entrySet()) {
            Schema<?> p = e.getValue();
            Path sample = Path.of("samples/plan", e.getKey());
            if ("binary".equals(p.getFormat()) && Files.exists(sample)) {
                call.file(new MockMultipartFile(e.getKey(), e.getKey(), "text/csv", Files.readAllBytes(sample)));
            } else if (!"binary".equals(p.getFormat()) && upload.getRequired().contains(e.getKey())) {
                call.param(e.getKey(), String.valueOf(p.getExample()));
            }
        }

        mvc.perform(call).andExpect(status().isCreated()).andExpect(jsonPath("$.year").value(2027));
    }
}
