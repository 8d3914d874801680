package org.passerelle.catalogue.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.InitiativePublic;

@Schema(name = "InitiativeSummary", description = "An initiative in a list.")
public record InitiativeSummary(
        UUID id,
        @Schema(example = "kodiko-co-training") String slug,
        String name,
        String summary,
        @Schema(description = "The BCP-47 language of summary.", example = "en") String lang,
        String operatorName,
        List<String> themes,
        List<InitiativePublic> publics,
        TerritoryView territory,
        Instant updatedAt,
        int version) {
}
