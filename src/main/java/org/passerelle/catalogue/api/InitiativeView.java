package org.passerelle.catalogue.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.InitiativePublic;
import org.passerelle.catalogue.vocabulary.OrganizationKind;

@Schema(name = "Initiative", description = "A social-economy project or programme, its partners, dated results "
        + "and active services.")
public record InitiativeView(
        UUID id,
        @Schema(example = "kodiko-co-training") String slug,
        String name,
        String summary,
        @Schema(description = "The BCP-47 language of summary.", example = "en") String lang,
        String operatorName,
        OrganizationKind operatorKind,
        Refs.OrganizationRef organization,
        String website,
        Integer startYear,
        List<String> themes,
        List<InitiativePublic> publics,
        List<String> partners,
        @Schema(description = "Results as the sources state them, each dated by its source.") List<Result> results,
        TerritoryView territory,
        List<SourceView> sources,
        @Schema(description = "The initiative's active services.") List<ServiceSummary> services,
        Instant updatedAt,
        int version) {

    @Schema(name = "InitiativeResult", description = "A result sentence (in the source's language), dated by its source.")
    public record Result(String text, String sourceFile,
            @Schema(description = "The date of the source; null when undated.") LocalDate sourceDate) {
    }
}
