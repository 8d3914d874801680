package org.passerelle.referral.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a command: the coded reason (decline, cancel) or outcome (complete), and an optional note. */
@Schema(name = "ReferralCommandInput", description = "reason: a decline or cancel reason, or the outcome of a "
        + "completion (GET /api/v1/referral-codes). note: added to the referral's notes.")
public record CommandInput(
        @Pattern(regexp = "[a-z][a-z-]{1,39}", message = "must be a code of GET /api/v1/referral-codes")
        @Schema(example = "no-capacity") String reason,
        @Size(max = 1000, message = "must be at most 1000 characters")
        @Schema(description = "No sensitive details.") String note) {
}
