package org.passerelle.referral.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.referral.PersonField;

/** What the person agreed to, as the agent recorded it with them. */
@Schema(name = "ConsentInput", description = "The organisations that may receive a referral, the fields they "
        + "may see once they accept it, and the consent text shown (GET /api/v1/consent-texts).")
public record ConsentInput(
        @NotEmpty(message = "needs at least one organisation") @Size(max = 50, message = "must hold at most 50 organisations")
        @Schema(required = true, description = "Organisation UUIDs or slugs.", example = "[\"la-cimade\",\"adoma\"]")
        List<@NotBlank(message = "must not be blank") @Size(max = 120, message = "must be at most 120 characters") String> organizations,
        @NotNull(message = "is required (may be empty)") @Size(max = 4, message = "must hold at most 4 fields")
        @Schema(required = true, description = "Fields partners may see after accepting (needs, languages and the "
                + "referral note are always shared).", example = "[\"name\",\"contactChannel\"]")
        List<@NotNull(message = "must not be null") PersonField> fields,
        @NotBlank(message = "must not be blank") @Size(max = 20, message = "must be at most 20 characters")
        @Schema(required = true, description = "The consent text's version.", example = "2026-12") String textVersion,
        @NotBlank(message = "must not be blank") @Size(max = 20, message = "must be at most 20 characters")
        @Schema(required = true, description = "The language the text was shown in.", example = "ar") String textLang) {
}
