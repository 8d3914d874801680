package org.passerelle.referral.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessJournalEntry", description = "One access to a case: who, what, when, through which channel; "
        + "no content.")
public record JournalEntryView(@Schema(required = true) Instant at, @Schema(required = true) String principalKind,
        @Schema(required = true) String principal, UUID organizationId, UUID caseId, UUID referralId,
        @Schema(required = true, example = "case-read") String action,
        @Schema(required = true, example = "desk-spa") String channel) {
}
