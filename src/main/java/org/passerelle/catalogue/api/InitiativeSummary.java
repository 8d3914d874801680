package org.passerelle.catalogue.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.InitiativePublic;
import org.passerelle.catalogue.vocabulary.TextOrigin;

@Schema(name = "InitiativeSummary", description = "An initiative in a list.")
public record InitiativeSummary(
        @Schema(required = true) UUID id,
        @Schema(example = "kodiko-co-training", required = true) String slug,
        @Schema(required = true, description = "The name in lang when a translation gives one, else the name "
                + "as the source writes it (often a proper name).") String name,
        String summary,
        @Schema(description = "The BCP-47 language of summary (and of name, when it is translated).", example = "en")
        String lang,
        @Schema(description = "Where the summary (and translated name) in lang comes from: source (the source document or the organisation "
                + "wrote it), machine (an automatic translation nobody has checked yet: say so to the reader) or "
                + "reviewed (a translation a partner or the city checked). Null when there is no text.",
                example = "machine")
        TextOrigin textOrigin,
        String operatorName,
        @Schema(required = true) List<String> themes,
        @Schema(required = true) List<InitiativePublic> publics,
        @Schema(required = true) TerritoryView territory,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {
}
