package org.passerelle.referral.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.referral.ContactChannel;
import org.passerelle.referral.PersonStatus;

/** The person, kept to the minimum. */
@Schema(name = "PersonInput", description = "Collect the minimum: a pseudonym or first name, languages, how to "
        + "reach them, and only if useful a birth year and a status (prefer-not-to-say is an answer).")
public record PersonInput(
        @NotBlank(message = "must not be blank") @Size(max = 60, message = "must be at most 60 characters")
        @Schema(required = true, description = "A pseudonym or a first name, never a full name.", example = "Demo A")
        String name,
        @Size(max = 10, message = "must hold at most 10 languages")
        @Schema(description = "Languages the person speaks (BCP-47).", example = "[\"ar\",\"fr\"]")
        List<@NotNull(message = "must not be null") @Pattern(regexp = "[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}", message = "must be a BCP-47 tag") @Size(max = 20, message = "must be at most 20 characters") String> languages,
        @Schema(description = "How the person prefers to be reached: the channel, never the number.") ContactChannel contactChannel,
        @Min(value = 1900, message = "must be 1900 or later") @Max(value = 2100, message = "must be 2100 or earlier")
        @Schema(description = "Only when a service's age condition needs it.", example = "1998") Integer birthYear,
        @Schema(description = "Only when a service's eligibility needs it; prefer-not-to-say is always valid. Never "
                + "shared with a partner unless the target service's eligibility uses it.") PersonStatus status) {
}
