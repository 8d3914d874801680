package org.passerelle.common.problem;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the error responses every API operation can give to the contract, so no operation can forget
 * one: 400 (parameters), 406 (Accept), 404 (path with an id), 415 (request body) and 500. Each refers to
 * the one Problem schema, with an example. An operation may still declare its own, more precise text.
 */
public class ProblemResponses implements OASFilter {

    private static final String API_PREFIX = "/api/";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith(API_PREFIX)) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
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
                add(responses, "500", "An unexpected error; the detail gives a reference to quote.",
                        ProblemExamples.INTERNAL);
            }
        });
    }

    private static void add(APIResponses responses, String status, String description, String example) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                                .addExample("problem", OASFactory.createExample().value(parse(example))))));
    }

    /** Examples are kept as JSON text for legibility; the contract wants them as values. */
    private static Object parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("invalid example JSON", e);
        }
    }
}
