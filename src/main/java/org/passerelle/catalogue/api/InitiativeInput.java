package org.passerelle.catalogue.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.InitiativePublic;
import org.passerelle.catalogue.vocabulary.OrganizationKind;
import org.passerelle.catalogue.vocabulary.TerritoryScope;

/** The fields of an initiative that coordinators maintain; results and sources stay as imported. */
@Schema(name = "InitiativeInput", description = "The fields of an initiative that coordinators maintain. Results "
        + "and sources are kept as the sources state them.")
public record InitiativeInput(
        @Size(max = 120, message = "must be at most 120 characters")
        @Pattern(regexp = ServiceInput.SLUG, message = "must be a kebab-case id such as my-initiative")
        @Schema(description = "Required on creation; it cannot change afterwards.") String slug,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
        @Schema(required = true) String name,
        @Size(max = 300, message = "must be at most 300 characters") String operatorName,
        OrganizationKind operatorKind,
        @Size(max = 120, message = "must be at most 120 characters")
        @Schema(description = "The UUID or slug of the organisation that runs it, if it is in the catalogue.")
        String organization,
        @Size(max = 20, message = "must hold at most 20 languages")
        Map<@Pattern(regexp = ServiceInput.LANG, message = "must be a BCP-47 tag")
                @Size(max = ServiceInput.LANG_MAX, message = "must be at most 20 characters") String,
                @Size(max = 4000, message = "must be at most 4000 characters") String> summary,
        @Size(max = 500, message = "must be at most 500 characters")
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @Min(value = 1900, message = "must be 1900 or later") @Max(value = 2100, message = "must be 2100 or earlier")
        Integer startYear,
        @Size(max = 16, message = "must hold at most 16 themes") List<@NotBlank String> themes,
        List<@NotNull InitiativePublic> publics,
        @Size(max = 100, message = "must hold at most 100 partners")
        List<@NotBlank @Size(max = 500, message = "must be at most 500 characters") String> partners,
        @Size(max = 200, message = "must be at most 200 characters") String city,
        @Size(max = 200, message = "must be at most 200 characters") String region,
        @Size(max = 60, message = "must be at most 60 characters") String country,
        @Schema(description = "May be omitted: it is then local when a city or region is given, otherwise "
                + "unknown. " + TerritoryView.SCOPE) TerritoryScope scope,
        @Size(max = 500, message = "must be at most 500 characters")
        @Schema(description = "What supports the scope, in one short sentence.") String scopeNote) {
}
