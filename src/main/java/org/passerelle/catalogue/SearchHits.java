package org.passerelle.catalogue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One page of hits in order (ids and list entries), the total, and facet counts over every hit. */
public record SearchHits(List<UUID> ids, List<Entry> entries, long total,
        Map<String, Map<String, Long>> facets) {

    /** A service's list entry, with its name in every language and where each comes from. */
    public record Entry(java.util.UUID id, String slug, Map<String, OfferName> names,
            org.passerelle.catalogue.vocabulary.ServiceStatus status, String primaryTheme, List<String> themes,
            List<String> domains, org.passerelle.common.api.Refs.OrganizationRef organization,
            org.passerelle.catalogue.vocabulary.AccessMode accessMode,
            org.passerelle.catalogue.api.TerritoryView territory, java.time.Instant updatedAt, int version) {
    }
}
