package org.passerelle.catalogue.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.InitiativePublic;
import org.passerelle.catalogue.vocabulary.TextOrigin;
import org.passerelle.catalogue.vocabulary.OrganizationKind;
import org.passerelle.common.api.Refs;

@Schema(name = "Initiative", description = "A social-economy project or programme, @Schema(required = true) its partners, dated results "
        + "and active services.")
public record InitiativeView(
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
        OrganizationKind operatorKind,
        Refs.OrganizationRef organization,
        String website,
        Integer startYear,
        @Schema(required = true) List<String> themes,
        @Schema(required = true) List<InitiativePublic> publics,
        @Schema(required = true) List<String> partners,
        @Schema(description = "Results as the sources state them, each dated by its source.", required = true) List<Result> results,
        @Schema(required = true) TerritoryView territory,
        @Schema(required = true) List<SourceView> sources,
        @Schema(description = "The initiative's active services.", required = true) List<ServiceSummary> services,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {

    @Schema(name = "InitiativeResult", description = "A result sentence (in the source's language), dated by its source.")
    public record Result(String text, String sourceFile,
            @Schema(description = "The date of the source; null when undated.") LocalDate sourceDate) {
    }
}
