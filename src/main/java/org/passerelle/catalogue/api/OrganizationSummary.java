package org.passerelle.catalogue.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.OrganizationKind;

@Schema(name = "OrganizationSummary", description = "An organisation in a list.")
public record OrganizationSummary(
        @Schema(required = true) UUID id,
        @Schema(example = "la-cimade", required = true) String slug,
        @Schema(example = "La Cimade", required = true) String name,
        @Schema(required = true) OrganizationKind kind,
        @Schema(required = true) TerritoryView territory,
        @Schema(required = true, description = "How many of its services are active (what the kiosk and the "
                + "organisation's page list).", example = "3", minimum = "0") int activeServices,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {
}
