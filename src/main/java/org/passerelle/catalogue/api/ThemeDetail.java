package org.passerelle.catalogue.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A theme as a coordinator edits it: every label it has, not one picked for a reader, with the place and
 * the version that a change sends back. The body of {@code PUT /api/v1/themes/{code}} is this minus code
 * and version.
 */
@Schema(name = "ThemeDetail", description = "A theme code with its kiosk domain, order and every label it has, by "
        + "BCP-47 language; a language without a label falls back to English, then French, on the kiosk.")
public record ThemeDetail(
        @Schema(required = true, example = "housing") String code,
        @Schema(required = true, description = "The kiosk domain's code.", example = "housing") String domain,
        @Schema(required = true, example = "1") int sortOrder,
        @Schema(required = true, example = "{\"fr\":\"Logement\",\"en\":\"Housing\",\"ar\":\"السكن\"}")
        Map<String, String> labels,
        @Schema(required = true, description = "Send it back in If-Match to change the theme.", example = "0")
        int version) {
}
