package org.passerelle.catalogue.api;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.OrganizationKind;

/** The fields of an organisation that coordinators maintain. The contacts are the organisation's own. */
@Schema(name = "OrganizationInput", description = "The fields of an organisation that coordinators maintain. E-mail "
        + "and phone are the organisation's own, never a person's.")
public record OrganizationInput(
        @Size(max = 120, message = "must be at most 120 characters")
        @Pattern(regexp = ServiceInput.SLUG, message = "must be a kebab-case id such as my-organisation")
        @Schema(description = "Required on creation; it cannot change afterwards.", example = "maison-des-migrants")
        String slug,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
        @Schema(required = true, example = "Maison des migrants") String name,
        @NotNull(message = "is required") @Schema(required = true) OrganizationKind kind,
        @Size(max = 500, message = "must be at most 500 characters") String kindNote,
        @Size(max = 20, message = "must hold at most 20 languages")
        Map<@Pattern(regexp = ServiceInput.LANG, message = "must be a BCP-47 tag")
                @Size(max = ServiceInput.LANG_MAX, message = "must be at most 20 characters") String,
                @Size(max = 4000, message = "must be at most 4000 characters") String> description,
        @Size(max = 500, message = "must be at most 500 characters")
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @Size(max = 254, message = "must be at most 254 characters") @Email(message = "must be an e-mail address")
        @Schema(format = "email") String email,
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number such as +33123456789")
        String phone,
        @NotNull(message = "is required") @Valid @Schema(required = true) ServiceInput.Territory territory) {
}
