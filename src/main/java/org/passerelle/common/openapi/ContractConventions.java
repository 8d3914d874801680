package org.passerelle.common.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.passerelle.common.problem.Problem;
import org.passerelle.common.problem.ProblemExamples;

/**
 * Applies the contract's conventions to every API operation, so none can forget them:
 * <ul>
 * <li>a property that a schema does not mark required may be null: the API sends null for "not stated"
 * rather than dropping the field, and the generated TypeScript types must say so;</li>
 * <li>the error responses it can give (400, 404 on paths with an id, 406, 413 and 415 with a body, 414,
 * 401, 403 and 503 with Retry-After when it needs a token, 500), each with the one Problem schema and an
 * example;</li>
 * <li>examples kept as JSON files in {@code openapi-examples/<operationId>.request.json} and
 * {@code .response.json}, added to the request body and to the first 2xx response.</li>
 * </ul>
 * Keeping examples in files lets the inferred schemas stay in place: an annotation that gives an example
 * also replaces the schema inferred from the method's return type.
 */
public class ContractConventions implements OASFilter {

    private static final String API_PREFIX = "/api/";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String EXAMPLES = "openapi-examples/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ContractConventions::allowNullWhereOptional);
            openAPI.getComponents().getSchemas().values().forEach(ContractConventions::anchorPatterns);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith(API_PREFIX)) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                if (entry.getValue().getParameters() != null) {
                    entry.getValue().getParameters().forEach(p -> anchorPatterns(p.getSchema()));
                }
                rolesAsExtension(entry.getValue());
                addExamples(entry.getValue());
                addProblems(path, entry.getValue());
            }
        });
    }

    private static void allowNullWhereOptional(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        properties.forEach((name, property) -> {
            if (required.contains(name)) {
                return;
            }
            if (property.getRef() != null) {
                Schema nullable = OASFactory.createSchema()
                        .description(property.getDescription())
                        .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                        .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
                properties.put(name, nullable);
            } else if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
        });
        schema.setProperties(properties);
    }

    /**
     * Bean Validation's {@code @Pattern} must match the whole value, JSON Schema's {@code pattern} matches
     * anywhere in it: unanchored, the contract would call {@code "a b"} a valid slug that the server refuses.
     * So every pattern is anchored, except {@code \S}, which is how {@code @NotBlank} is written ("some
     * character that is not a space") and means exactly that unanchored.
     */
    private static void anchorPatterns(Schema schema) {
        if (schema == null) {
            return;
        }
        String pattern = schema.getPattern();
        if (pattern != null && !"\\S".equals(pattern) && !pattern.startsWith("^")) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ContractConventions::anchorPatterns);
        }
        anchorPatterns(schema.getItems());
        anchorPatterns(schema.getAdditionalPropertiesSchema());
        for (List<Schema> schemas : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (schemas != null) {
                schemas.forEach(ContractConventions::anchorPatterns);
            }
        }
    }

    /**
     * The roles allowed to call an operation go in {@code x-roles}: a bearer scheme has no scopes, and
     * clients (and the role-matrix test) can read who may call what from the contract.
     */
    private static void rolesAsExtension(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        List<String> roles = new java.util.ArrayList<>();
        for (var requirement : operation.getSecurity()) {
            if (requirement.getSchemes() != null) {
                requirement.getSchemes().values().forEach(scopes -> {
                    if (scopes != null) {
                        roles.addAll(scopes);
                    }
                });
            }
        }
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
        operation.addExtension("x-roles",
                roles.isEmpty() ? List.of("authenticated") : List.copyOf(new java.util.TreeSet<>(roles)));
    }

    private static void addExamples(Operation operation) {
        String id = operation.getOperationId();
        Object request = example(id + ".request.json");
        if (request != null && operation.getRequestBody() != null) {
            jsonMedia(operation.getRequestBody().getContent()).addExample("example",
                    OASFactory.createExample().value(request));
        }
        Object response = example(id + ".response.json");
        if (response != null) {
            operation.getResponses().getAPIResponses().entrySet().stream()
                    .filter(e -> e.getKey().startsWith("2"))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .ifPresent(ok -> jsonMedia(content(ok)).addExample("example",
                            OASFactory.createExample().value(response)));
        }
    }

    private static void addProblems(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        add(responses, "400", "Invalid input; errors names each field.", ProblemExamples.BAD_REQUEST);
        if (path.contains("{")) {
            add(responses, "404", "No record has this id or slug.", ProblemExamples.NOT_FOUND);
        }
        add(responses, "406", "The client accepts no JSON.", ProblemExamples.NOT_ACCEPTABLE);
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The request body is larger than the limit.", ProblemExamples.TOO_LARGE);
            add(responses, "415", "The request body is not JSON.", ProblemExamples.UNSUPPORTED_MEDIA_TYPE);
        }
        add(responses, "414", "The URL is longer than 4096 characters.", ProblemExamples.URI_TOO_LONG);
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "401", "No credentials, or refused ones (a token that is not a JWT included); never a "
                    + "redirect.", ProblemExamples.UNAUTHORIZED);
            add(responses, "403", "The role, or the organisation, does not allow it.", ProblemExamples.FORBIDDEN);
            add(responses, "503", "The identity provider cannot be reached to check the token; retry after the "
                    + "Retry-After seconds. Public reads do not need it.", ProblemExamples.IDENTITY_PROVIDER_UNAVAILABLE);
            responses.getAPIResponse("503").addHeader(jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER,
                    OASFactory.createHeader().description("Seconds to wait before retrying.").required(true)
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(
                                    java.math.BigDecimal.ONE)));
        }
        if (takesIdempotencyKey(operation) && responses.hasAPIResponse("422")) {
            // Said once here rather than on every create (draft-ietf-httpapi-idempotency-key-header).
            responses.getAPIResponse("422").description("The Idempotency-Key was used for another request: another "
                    + "method, path or body. A key belongs to its caller and answers for 24 hours.");
        }
        if (responses.hasAPIResponse("429")) {
            tooManyRequests(responses.getAPIResponse("429"));
        }
        // A 404 on a path without an id is declared by its operation (a record named in the query): the same shape.
        for (String status : List.of("404", "409", "410", "412", "422", "428")) {
            if (responses.hasAPIResponse(status)) {
                add(responses, status, null, ProblemExamples.forStatus(status));
            }
        }
        add(responses, "500", "An unexpected error; the detail gives a reference to quote.",
                ProblemExamples.INTERNAL);
    }

    /**
     * A rate-limited operation says its own limits in the 429's description; the rest is the same everywhere:
     * a problem body and the Retry-After header it always carries (common/http/RateLimiter).
     */
    private static void tooManyRequests(APIResponse tooMany) {
        if (tooMany.getHeaders() == null || !tooMany.getHeaders().containsKey(jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER)) {
            tooMany.addHeader(jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER, OASFactory.createHeader()
                    .description("Seconds to wait before trying again.").required(true)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)));
        }
        if (tooMany.getContent() == null || tooMany.getContent().getMediaTypes() == null
                || tooMany.getContent().getMediaTypes().isEmpty()) {
            tooMany.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
    }

    private static boolean takesIdempotencyKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()));
    }

    private static void add(APIResponses responses, String status, String description, String example) {
        if (responses.hasAPIResponse(status)) {
            APIResponse declared = responses.getAPIResponse(status);
            if (declared.getContent() == null || declared.getContent().getMediaTypes() == null
                    || declared.getContent().getMediaTypes().isEmpty()) {
                declared.content(problemContent(example));
            }
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(problemContent(example)));
    }

    private static Content problemContent(String example) {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                        .addExample("problem", OASFactory.createExample().value(parse(example))));
    }

    private static Content content(APIResponse response) {
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        return response.getContent();
    }

    private static MediaType jsonMedia(Content content) {
        MediaType media = content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (media == null) {
            media = OASFactory.createMediaType();
            content.addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, media);
        }
        return media;
    }

    private static Object example(String name) {
        try (InputStream in = ContractConventions.class.getClassLoader().getResourceAsStream(EXAMPLES + name)) {
            return in == null ? null : JSON.readValue(in, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException("invalid example " + name, e);
        }
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            throw new IllegalStateException("invalid example JSON", e);
        }
    }
}
