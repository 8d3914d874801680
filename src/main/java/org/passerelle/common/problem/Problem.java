package org.passerelle.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one error shape of the API: RFC 9457 problem details with field-level errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, with field-level errors for invalid input.")
public record Problem(
        @Schema(description = "A URI reference that identifies the problem type.", example = "https://passerelle.example/problems/invalid-parameters", required = true)
        String type,
        @Schema(description = "A short, human-readable summary of the problem type.", example = "Invalid parameters", required = true)
        String title,
        @Schema(description = "The HTTP status code.", example = "400", required = true)
        int status,
        @Schema(description = "A human-readable explanation of this occurrence.", example = "One or more parameters are invalid.")
        String detail,
        @Schema(description = "The request path that caused the problem.", example = "/api/v1/services")
        String instance,
        @Schema(description = "The invalid inputs, one entry each.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://passerelle.example/problems/";
}
