package org.passerelle.referral.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.common.api.Refs;
import org.passerelle.referral.ReferralStatus;

/** A referral as the referring desk (or a coordinator) sees it. */
@Schema(name = "Referral", description = "A referral as the referring desk sees it.")
public record ReferralView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID caseId,
        @Schema(required = true, example = "PAS-2026-000123") String caseReference,
        @Schema(required = true) ServiceRef service,
        @Schema(required = true) Refs.OrganizationRef organization,
        @Schema(required = true) ReferralStatus status,
        String need,
        String note,
        @Schema(description = "The decline or cancel reason, or the outcome.", example = "no-capacity") String reason,
        UUID previous,
        @Schema(required = true) Instant createdAt,
        Instant sentAt,
        @Schema(description = "When an answer is expected.") Instant dueAt,
        Instant answeredAt,
        Instant closedAt,
        @Schema(required = true, description = "The commands the caller may give now.") List<String> allowed,
        @Schema(required = true, description = "Send it in If-Match with a command.") int version) implements ReferralItem {

    @Schema(name = "ReferralService", description = "The target service.")
    public record ServiceRef(@Schema(required = true) UUID id, @Schema(required = true) String slug,
            @Schema(required = true) String name) {
    }
}
