package org.passerelle.referral.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coordinator's retention delay for cases, within the legal bounds. */
@Schema(name = "RetentionPolicyInput", description = "caseMonths: months after a case's last contact before it is "
        + "anonymised, from 6 to 24 (the CNIL référentiel for social support: 2 years of active base at most).")
public record RetentionPolicyInput(
        @NotNull(message = "is required")
        @Min(value = 6, message = "must be at least 6 months")
        @Max(value = 24, message = "must be at most 24 months (the CNIL's 2 years of active base)")
        @Schema(required = true, example = "24", minimum = "6", maximum = "24") Integer caseMonths) {
}
