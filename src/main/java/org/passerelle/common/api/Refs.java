package org.passerelle.common.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Small references from one record to another. */
public final class Refs {

    private Refs() {
    }

    @Schema(name = "OrganizationRef", description = "A link to an organisation.")
    public record OrganizationRef(
            @Schema(example = "2f0e4a0c-3a57-5c8e-9d5b-1f1b6f7c9a10", required = true) UUID id,
            @Schema(example = "la-cimade", required = true) String slug,
            @Schema(example = "La Cimade", required = true) String name) {
    }

    @Schema(name = "InitiativeRef", description = "A link to an initiative.")
    public record InitiativeRef(UUID id, String slug, String name) {
    }
}
