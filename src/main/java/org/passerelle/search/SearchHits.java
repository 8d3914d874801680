package org.passerelle.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The ids of one page of hits in order, the total, and facet counts over every hit. */
public record SearchHits(List<UUID> ids, long total, Map<String, Map<String, Long>> facets) {
}
