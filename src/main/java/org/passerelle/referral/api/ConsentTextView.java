package org.passerelle.referral.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentText", description = "A consent text, per version and language.")
public record ConsentTextView(@Schema(required = true, example = "2026-12") String version,
        @Schema(required = true, example = "fr") String lang, @Schema(required = true) String title,
        @Schema(required = true) String body, @Schema(required = true) LocalDate publishedOn) {
}
