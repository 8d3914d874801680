package org.passerelle.catalogue.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.OrganizationKind;

@Schema(name = "Organization", description = "An organisation and its active services. Its e-mail and phone are "
        + "the organisation's own, never a person's.")
public record OrganizationView(
        UUID id,
        @Schema(example = "la-cimade") String slug,
        @Schema(example = "La Cimade") String name,
        OrganizationKind kind,
        String kindNote,
        @Schema(description = "null when the catalogue has no description.") String description,
        @Schema(description = "The BCP-47 language of description.", example = "fr") String lang,
        String website,
        String email,
        String phone,
        TerritoryView territory,
        SourceView source,
        @Schema(description = "The organisation's active services.") List<ServiceSummary> services,
        Instant updatedAt,
        int version) {
}
