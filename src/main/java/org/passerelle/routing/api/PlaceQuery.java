package org.passerelle.routing.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a person has typed in the town field. In a POST body, never in a URL: a town is a fact about a
 * person, and URLs end up in logs (docs/architecture.md §8).
 */
@Schema(name = "PlaceQuery", description = "The start of a town's name, a postcode or the first digits of one; "
        + "never stored or logged.")
public record PlaceQuery(
        @NotBlank(message = "must not be blank") @Size(min = 2, max = 80, message = "must be 2 to 80 characters")
        @Schema(required = true, example = "stras") String q,
        @Min(value = 1, message = "must be at least 1") @Max(value = 20, message = "must be at most 20")
        @Schema(description = "Suggestions wanted, 1 to 20; 8 by default.", example = "8", defaultValue = "8")
        Integer limit) {
}
