package org.passerelle.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.ServiceStatus;

/**
 * A validated search: free text, filters, an optional point to sort by distance from (and a radius to
 * stay within), and the page. {@code themes} is null for no theme filter. {@code languages} is the
 * request's language chain (most preferred first): the text is also read in those of them that the index
 * analyses (docs/decisions/0014-search-languages.md), so it is part of the result cache's key.
 */
public record SearchQuery(
        Optional<String> text,
        Set<String> themes,
        Optional<String> cityKey,
        Optional<String> regionKey,
        Optional<AccessMode> accessMode,
        Optional<UUID> organizationId,
        ServiceStatus status,
        Optional<GeoPoint> near,
        Optional<Double> radiusKm,
        Set<UUID> onlyIds,
        int offset,
        int size,
        List<String> languages) {

    public record GeoPoint(double latitude, double longitude) {
    }
}
