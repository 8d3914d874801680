package org.passerelle.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contract is what the build generates. Refresh it with
 * {@code ./mvnw test -Dtest=OpenApiContractTest -Dcontract.update=true -DskipFrontendTests}.
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path COMMITTED = Path.of("openapi/openapi.yaml");
    static final Path GENERATED = Path.of("target/openapi/openapi.yaml");
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void shouldMatchTheCommittedContract() throws IOException {
        assertTrue(Files.exists(GENERATED), "the build writes " + GENERATED);
        String generated = normalise(Files.readString(GENERATED, StandardCharsets.UTF_8));
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "commit " + COMMITTED);
        assertEquals(normalise(Files.readString(COMMITTED, StandardCharsets.UTF_8)), generated,
                "openapi/openapi.yaml differs from the generated contract; refresh it with "
                        + "./mvnw test -Dtest=OpenApiContractTest -Dcontract.update=true -DskipFrontendTests");
    }

    @Test
    void shouldDescribeEveryOperationFully() throws IOException {
        JsonNode spec = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json")
                .asString());
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().path(method);
                if (op.isMissingNode()) {
                    continue;
                }
                operations++;
                String name = method.toUpperCase() + " " + path.getKey();
                if (!op.path("tags").isArray() || op.path("tags").isEmpty()) {
                    problems.add(name + ": no tag");
                }
                if (op.path("summary").asText().isBlank() || op.path("summary").asText().contains("\n")) {
                    problems.add(name + ": no one-line summary");
                }
                if (!op.path("operationId").asText().matches("[a-z][A-Za-z0-9]+")) {
                    problems.add(name + ": no camelCase operationId");
                }
                boolean has4xx = false;
                boolean hasExample = false;
                for (Iterator<Map.Entry<String, JsonNode>> rs = op.path("responses").fields(); rs.hasNext();) {
                    Map.Entry<String, JsonNode> response = rs.next();
                    has4xx |= response.getKey().startsWith("4");
                    if (response.getKey().startsWith("2") && !"204".equals(response.getKey())) {
                        // JSON everywhere but for a page meant for people (the consent receipt, text/html).
                        JsonNode content = response.getValue().path("content");
                        JsonNode media = content.has("application/json") ? content.path("application/json")
                                : content.path("text/html");
                        hasExample |= media.path("examples").size() > 0;
                        if (media.path("schema").isMissingNode()) {
                            problems.add(name + ": no schema on " + response.getKey());
                        }
                    }
                }
                if (!has4xx) {
                    problems.add(name + ": no 4xx response");
                }
                boolean noContent = op.path("responses").has("204");
                if (!hasExample && !noContent) {
                    problems.add(name + ": no example");
                }
            }
        }
        assertTrue(operations >= 8, "found " + operations + " operations");
        assertEquals(List.of(), problems);
        assertFalse(spec.path("components").path("schemas").path("Problem").isMissingNode());
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").strip() + "\n";
    }
}
