package org.passerelle.catalogue.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.InitiativePublic;
import org.passerelle.catalogue.vocabulary.OrganizationKind;
import org.passerelle.common.api.Refs;

@Schema(name = "Initiative", description = "A social-economy project or programme, @Schema(required = true) its partners, dated results "
        + "and active services.")
public record InitiativeView(
        @Schema(required = true) UUID id,
        @Schema(example = "kodiko-co-training", required = true) String slug,
        @Schema(required = true) String name,
        String summary,
        @Schema(description = "The BCP-47 language of summary.", example = "en") String lang,
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
