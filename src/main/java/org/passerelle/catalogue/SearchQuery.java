package org.passerelle.catalogue;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.ServiceStatus;

/**
 * A validated search: free text, filters, an optional point to sort by distance from (and a radius to
 * stay within), and the page. {@code themes} is null for no theme filter.
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
        int size) {

    public record GeoPoint(double latitude, double longitude) {
    }
}
