package org.passerelle.catalogue.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a record works. No city, department or region means national. */
@Schema(name = "Territory", description = "Where a record works. No city, department or region means national. "
        + "Coordinates are city centres unless a location says otherwise.")
public record TerritoryView(
        @Schema(example = "Nancy") String city,
        @Schema(example = "Meurthe-et-Moselle") String department,
        @Schema(example = "Grand Est") String region,
        @Schema(example = "FR") String country,
        Double latitude,
        Double longitude,
        String note,
        @Schema(description = "Other countries a cross-border service also covers.") List<String> crossBorderCountries) {
}
