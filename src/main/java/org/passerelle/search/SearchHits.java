package org.passerelle.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One page of hits in order (ids and list entries), the total, and facet counts over every hit. */
public record SearchHits(List<UUID> ids, List<SearchIndex.Entry> entries, long total,
        Map<String, Map<String, Long>> facets) {
}
