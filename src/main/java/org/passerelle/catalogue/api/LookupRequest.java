package org.passerelle.catalogue.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Several services at once, by id or slug: a plan reopened from a QR code needs exactly this. */
@Schema(name = "ServiceLookup", description = "Services to fetch, by UUID or slug.")
public record LookupRequest(
        @NotNull(message = "is required")
        @Size(min = 1, max = 100, message = "must hold between 1 and 100 ids")
        @Schema(required = true, minItems = 1, maxItems = 100, example = "[\"aajt-coup-de-pouce\"]")
        List<@NotBlank(message = "must not be blank") @Size(max = 120, message = "must be at most 120 characters") String> ids) {
}
