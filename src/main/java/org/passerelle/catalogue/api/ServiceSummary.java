package org.passerelle.catalogue.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.ServiceStatus;

/** A service in a list: enough to choose it, not its whole record. */
@Schema(name = "ServiceSummary", description = "A service in a list.")
public record ServiceSummary(
        UUID id,
        @Schema(example = "aajt-coup-de-pouce") String slug,
        @Schema(description = "The name in the language given by lang.") String name,
        @Schema(description = "The BCP-47 language of name (it may be a fallback).", example = "fr") String lang,
        ServiceStatus status,
        @Schema(example = "housing") String primaryTheme,
        List<String> themes,
        @Schema(description = "The kiosk domains the themes belong to.") List<String> domains,
        Refs.OrganizationRef organization,
        @Schema(description = "null when the source does not say how to get in.") AccessMode accessMode,
        TerritoryView territory,
        Instant updatedAt,
        int version) {
}
