package org.passerelle.catalogue.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.InitiativePublic;

@Schema(name = "InitiativeSummary", description = "An initiative in a list.")
public record InitiativeSummary(
        @Schema(required = true) UUID id,
        @Schema(example = "kodiko-co-training", required = true) String slug,
        @Schema(required = true) String name,
        String summary,
        @Schema(description = "The BCP-47 language of summary.", example = "en") String lang,
        String operatorName,
        @Schema(required = true) List<String> themes,
        @Schema(required = true) List<InitiativePublic> publics,
        @Schema(required = true) TerritoryView territory,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {
}
