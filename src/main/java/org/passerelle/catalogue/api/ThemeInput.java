package org.passerelle.catalogue.api;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A theme code's place and labels. Adding a language is adding a label: no migration. */
@Schema(name = "ThemeInput", description = "A theme's kiosk domain, order and labels by language.")
public record ThemeInput(
        @NotBlank(message = "is required") @Schema(required = true, example = "housing") String domain,
        @Min(value = 1, message = "must be at least 1") @Max(value = 1000, message = "must be at most 1000")
        @Schema(required = true, example = "1") int sortOrder,
        @NotEmpty(message = "needs at least one language") @Size(max = 30, message = "must hold at most 30 labels")
        @Schema(required = true, example = "{\"fr\":\"Logement\",\"en\":\"Housing\",\"ar\":\"السكن\"}")
        Map<@Pattern(regexp = ServiceInput.LANG, message = "must be a BCP-47 tag")
                @Size(max = ServiceInput.LANG_MAX, message = "must be at most 20 characters") String,
                @NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters")
                String> labels) {
}
