package org.passerelle.support.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

/**
 * The committed contract (openapi/openapi.yaml) as the fuzz test reads it: its operations, their
 * parameters, bodies and documented responses, and JSON Schema validators for any schema in it. The
 * schemas are OpenAPI 3.1, that is JSON Schema 2020-12, so a schema is validated as written, with the
 * document's components alongside so that its {@code $ref}s resolve.
 */
public final class Contract {

    static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode spec;
    private final List<Operation> operations;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(JsonMetaSchema.builder(OpenApi31.getInstance())
                    // The document's components sit beside each schema, so that its $refs resolve.
                    .keyword(new NonValidationKeyword("components")).build())
                    .defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> validators = new ConcurrentHashMap<>();

    /** One operation of the contract. */
    public record Operation(String method, String path, String id, List<JsonNode> parameters, JsonNode requestBody,
            JsonNode responses, Set<String> roles) {

        public boolean secured() {
            return roles != null;
        }

        public String name() {
            return method.toUpperCase() + " " + path;
        }

        /** The documented response for a status: exact, then 4XX/5XX, then default. */
        public Optional<JsonNode> response(int status) {
            String code = String.valueOf(status);
            for (String key : List.of(code, code.charAt(0) + "XX", "default")) {
                if (responses.has(key)) {
                    return Optional.of(responses.get(key));
                }
            }
            return Optional.empty();
        }

        public JsonNode requestSchema() {
            return requestBody == null ? null : requestBody.path("content").path("application/json").path("schema");
        }

        /** The request example the contract gives, if any. */
        public Optional<JsonNode> requestExample() {
            if (requestBody == null) {
                return Optional.empty();
            }
            JsonNode examples = requestBody.path("content").path("application/json").path("examples");
            Iterator<JsonNode> it = examples.elements();
            return it.hasNext() ? Optional.of(it.next().path("value")) : Optional.empty();
        }
    }

    private Contract(JsonNode spec) {
        this.spec = spec;
        List<Operation> ops = new ArrayList<>();
        spec.path("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<JsonNode> params = new ArrayList<>();
                path.getValue().path("parameters").forEach(p -> params.add(resolve(p)));
                op.path("parameters").forEach(p -> params.add(resolve(p)));
                JsonNode body = op.has("requestBody") ? resolve(op.get("requestBody")) : null;
                Set<String> roles = null;
                if (op.has("security") && !op.get("security").isEmpty()) {
                    roles = op.has("x-roles")
                            ? toStrings(op.get("x-roles"))
                            : Set.of("authenticated");
                }
                ops.add(new Operation(method, path.getKey(), op.path("operationId").asText(), params, body,
                        op.path("responses"), roles));
            }
        });
        this.operations = List.copyOf(ops);
    }

    public static Contract load(Path file) {
        try {
            return new Contract(new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** Follows a {@code $ref} (local only) to the node it names. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current != null && current.has("$ref") && depth < 20; depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalArgumentException("only local $refs are supported: " + ref);
            }
            current = spec.at(ref.substring(1));
        }
        return current;
    }

    /** Validates a JSON value against a schema of this contract; returns the messages (empty when valid). */
    public List<String> validate(JsonNode schema, JsonNode value) {
        JsonSchema validator = validators.computeIfAbsent(schema.toString(), key -> {
            ObjectNode document = schema.isObject() ? ((ObjectNode) schema).deepCopy() : JSON.createObjectNode();
            document.put("$schema", OpenApi31.getInstance().getIri());
            document.set("components", spec.path("components"));
            return factory.getSchema(document, config);
        });
        Set<ValidationMessage> messages = validator.validate(value);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }

    private static Set<String> toStrings(JsonNode array) {
        Set<String> values = new java.util.TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
