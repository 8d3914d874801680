package org.passerelle.referral.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the desk's case list. */
@Schema(name = "CaseSummary", description = "A case in a list: the person's name for the desk only.")
public record CaseSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "PAS-2026-000123") String reference,
        @Schema(required = true) UUID deskId,
        @Schema(description = "Null for a coordinator.", example = "Demo A") String personName,
        @Schema(required = true) Instant openedAt,
        @Schema(required = true) Instant lastContactAt,
        @Schema(required = true) List<String> needs,
        @Schema(required = true, description = "How many referrals are in each status.") Map<String, Integer> referrals) {
}
