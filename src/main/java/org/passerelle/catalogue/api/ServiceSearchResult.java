package org.passerelle.catalogue.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of services, the total, and facet counts over every match. */
@Schema(name = "ServiceSearchResult", description = "One page of services with the total and facet counts.")
public record ServiceSearchResult(
        @Schema(required = true, example = "1") int page,
        @Schema(required = true, example = "20") int size,
        @Schema(required = true, example = "30") long totalItems,
        @Schema(required = true, example = "2") long totalPages,
        @Schema(required = true) List<ServiceSummary> items,
        @Schema(required = true, description = "For domain, theme, accessMode and city (a match key), how many "
                + "matching services have each value.", example = "{\"domain\":{\"housing\":30}}")
        Map<String, Map<String, Long>> facets) {
}
