package org.passerelle.catalogue.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service's name and description in one language, as a person corrected or approved them. */
@Schema(name = "TranslationInput", description = "A service's name and description in one kiosk language, "
        + "checked by a person. It is stored as a reviewed translation, with who reviewed it and when.")
public record TranslationInput(
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
        @Schema(required = true, example = "Юридична консультація (Ліон)") String name,
        @Size(max = 4000, message = "must be at most 4000 characters")
        @Schema(description = "null when the service has no description in this language.",
                example = "Консультації щодо права на притулок і перебування, без запису.")
        String description) {
}
