package org.passerelle.referral.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long Passerelle keeps what, and who set it last. */
@Schema(name = "RetentionPolicy", description = "A case is anonymised caseMonths after its last contact (the last "
        + "state change or note made by a person; never a read or a scheduled event); the access journal is kept "
        + "journalMonths; an Idempotency-Key answers for idempotencyHours. Only caseMonths is set by a coordinator, "
        + "within minCaseMonths and maxCaseMonths.")
public record RetentionPolicyView(
        @Schema(required = true, example = "24") int caseMonths,
        @Schema(required = true, example = "6") int minCaseMonths,
        @Schema(required = true, example = "24") int maxCaseMonths,
        @Schema(required = true, example = "12") int journalMonths,
        @Schema(required = true, example = "24") int idempotencyHours,
        Instant updatedAt,
        @Schema(description = "The coordinator's subject.") String updatedBy,
        @Schema(required = true, description = "Send it in If-Match to change the policy.") int version) {
}
