package org.passerelle.catalogue.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.OrganizationKind;

@Schema(name = "Organization", description = "An organisation and its active services. Its e-mail and phone are "
        + "the organisation's own, never a person's.")
public record OrganizationView(
        @Schema(required = true) UUID id,
        @Schema(example = "la-cimade", required = true) String slug,
        @Schema(example = "La Cimade", required = true) String name,
        @Schema(required = true) OrganizationKind kind,
        String kindNote,
        @Schema(description = "null when the catalogue has no description.") String description,
        @Schema(description = "The BCP-47 language of description.", example = "fr") String lang,
        String website,
        String email,
        String phone,
        @Schema(required = true) TerritoryView territory,
        @Schema(required = true) SourceView source,
        @Schema(description = "The organisation's active services.", required = true) List<ServiceSummary> services,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {
}
