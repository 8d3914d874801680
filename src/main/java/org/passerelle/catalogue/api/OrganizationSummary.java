package org.passerelle.catalogue.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.OrganizationKind;

@Schema(name = "OrganizationSummary", description = "An organisation in a list.")
public record OrganizationSummary(
        UUID id,
        @Schema(example = "la-cimade") String slug,
        @Schema(example = "La Cimade") String name,
        OrganizationKind kind,
        TerritoryView territory,
        Instant updatedAt,
        int version) {
}
