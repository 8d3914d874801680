package org.passerelle.catalogue.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.TerritoryScope;

/** Where a record works: its place, if the source names one, and always its scope. */
@Schema(name = "Territory", description = "Where a record works. A missing city never means national: read scope. "
        + "Coordinates are city centres unless a location says otherwise.")
public record TerritoryView(
        @Schema(example = "Nancy") String city,
        @Schema(example = "Meurthe-et-Moselle") String department,
        @Schema(example = "Grand Est") String region,
        @Schema(example = "FR") String country,
        Double latitude,
        Double longitude,
        String note,
        @Schema(required = true, description = SCOPE) TerritoryScope scope,
        @Schema(description = "What in the source supports the scope, in one short sentence.") String scopeNote,
        @Schema(description = "Other countries a cross-border service also covers.") List<String> crossBorderCountries) {

    /** How to read a scope; shown to people as docs/decisions/0007-territory-scope.md describes. */
    public static final String SCOPE = "Where it can be used. local: in the stated city, department or region "
            + "(set exactly when one is). national-remote: from anywhere in France without travelling (an app, a "
            + "website, a national body). national-network: in person through branches in several places that "
            + "the data does not name; ask where the nearest is. unknown: where it is delivered is not known; "
            + "ask before going, and never show it as everywhere in France.";
}
