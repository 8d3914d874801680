package org.passerelle.routing.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A French commune of the official gazetteer, as a suggestion or as where the triage placed a person. */
@Schema(name = "Commune", description = "A French commune of the official gazetteer (INSEE Code officiel géographique, "
        + "La Poste postcodes), overseas included.")
public record CommuneView(
        @Schema(required = true, description = "Its INSEE code.", example = "67482") String code,
        @Schema(required = true, example = "Strasbourg") String name,
        @Schema(description = "The postcode to send with the name (NeedsProfile.postcode) to be placed in this commune: "
                + "the one matched (a postcode, a municipal arrondissement), its only one, or one of its own when another "
                + "commune has the same name; null when the name alone is enough.", example = "67000",
                pattern = "\\d{5}") String postcode,
        @Schema(required = true, description = "All its postcodes.", example = "[\"67000\",\"67100\",\"67200\"]")
        List<String> postcodes,
        @Schema(required = true, description = "The INSEE code of its department.", example = "67") String departmentCode,
        @Schema(required = true, example = "Bas-Rhin") String department,
        @Schema(required = true, example = "Grand Est") String region,
        @Schema(description = "The other name that matched, when it is not the commune's own: a municipal "
                + "arrondissement of Paris, Lyon or Marseille, or a former commune merged into this one.",
                example = "Marseille 13e Arrondissement") String matchedName,
        @Schema(required = true, description = "How it matched what was given: exact (a name of it), postcode, "
                + "prefix (a name of it starts with the query) or similar (a near misspelling).") How match) {

    @Schema(name = "CommuneMatch", description = "How a commune matched: exact, postcode, prefix or similar.")
    public enum How implements org.passerelle.common.text.Coded {
        EXACT("exact"),
        POSTCODE("postcode"),
        PREFIX("prefix"),
        SIMILAR("similar");

        private final String code;

        How(String code) {
            this.code = code;
        }

        @Override
        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }
    }
}
