package org.passerelle.referral.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineEvent", description = "Who did what and when; never content.")
public record TimelineEventView(@Schema(required = true) Instant at, @Schema(required = true) String actor,
        UUID actorOrganizationId, @Schema(required = true, example = "referral-accepted") String action,
        UUID referralId, @Schema(example = "no-capacity") String detail) {
}
