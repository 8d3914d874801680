package org.passerelle.catalogue.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.catalogue.vocabulary.TextOrigin;
import org.passerelle.common.api.Refs;

/** A service in a list: enough to choose it, not its whole record. */
@Schema(name = "ServiceSummary", description = "A service in a list.")
public record ServiceSummary(
        @Schema(required = true) UUID id,
        @Schema(example = "aajt-coup-de-pouce", required = true) String slug,
        @Schema(description = "The name in the language given by lang.", required = true) String name,
        @Schema(description = "The BCP-47 language of name (it may be a fallback).", example = "fr") String lang,
        @Schema(description = "Where the name in lang comes from: source (the source document or the organisation "
                + "wrote it), machine (an automatic translation nobody has checked yet: say so to the reader) or "
                + "reviewed (a translation a partner or the city checked). Null when there is no text.",
                example = "machine")
        TextOrigin textOrigin,
        @Schema(required = true) ServiceStatus status,
        @Schema(example = "housing", required = true) String primaryTheme,
        @Schema(required = true) List<String> themes,
        @Schema(description = "The kiosk domains the themes belong to.", required = true) List<String> domains,
        @Schema(required = true) Refs.OrganizationRef organization,
        @Schema(description = "null when the source does not say how to get in.") AccessMode accessMode,
        @Schema(required = true) TerritoryView territory,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {
}
