package org.passerelle.catalogue.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place where services can be held, for choosing one: a partner starting a permanence there, say. */
@Schema(name = "PlaceSummary", description = "A place where services can be held (HSDS location): its public "
        + "address and the time zone its hours are written in. Illustrative places are examples: say so on screen.")
public record PlaceSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "guichet-unique-nancy-exemple") String slug,
        @Schema(required = true, example = "Guichet unique — Hôtel de ville de Nancy (exemple)") String name,
        @Schema(example = "1 place Stanislas") String address1,
        @Schema(example = "54000") String postalCode,
        @Schema(example = "Nancy") String city,
        @Schema(required = true, description = "IANA time zone of the hours.", example = "Europe/Paris") String timezone,
        @Schema(required = true, description = "An example place, not from the sources.") boolean illustrative) {
}
