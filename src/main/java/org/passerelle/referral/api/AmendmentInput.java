package org.passerelle.referral.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.referral.PersonField;

/** Widens the consent: more organisations (and fields), agreed again by the person. */
@Schema(name = "ConsentAmendment", description = "Recorded with the person before referring to an organisation "
        + "outside the consent.")
public record AmendmentInput(
        @NotEmpty(message = "needs at least one organisation") @Size(max = 50, message = "must hold at most 50 organisations")
        @Schema(required = true, example = "[\"france-terre-d-asile\"]")
        List<@NotBlank(message = "must not be blank") @Size(max = 120, message = "must be at most 120 characters") String> organizations,
        @Size(max = 4, message = "must hold at most 4 fields") List<@NotNull(message = "must not be null") PersonField> fields,
        @NotBlank(message = "must not be blank") @Size(max = 20, message = "must be at most 20 characters")
        @Schema(required = true, example = "2026-12") String textVersion,
        @NotBlank(message = "must not be blank") @Size(max = 20, message = "must be at most 20 characters")
        @Schema(required = true, example = "fr") String textLang) {
}
