package org.passerelle.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: which field (query parameter, header or JSON path) and what is wrong with it. */
@Schema(name = "FieldError", description = "One invalid input and what is wrong with it.")
public record FieldError(
        @Schema(description = "The query parameter, header or JSON path of the invalid input.", example = "size", required = true)
        String field,
        @Schema(description = "What is wrong, in plain words.", example = "must be between 1 and 100", required = true)
        String message) {
}
