package org.passerelle.routing.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Communes for what a person is typing. */
@Schema(name = "PlaceSuggestions", description = "Communes for a partial name or postcode: the exact name first, then "
        + "the names that start so and the near misspellings, most populous first; for digits, the communes of the "
        + "postcodes that start so. Several communes may share a name: each comes with its department and region.")
public record PlaceSuggestions(@Schema(required = true) List<CommuneView> items) {
}
