package org.passerelle.referral.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Refers the case to one service; created as a draft, sent by the send command. */
@Schema(name = "ReferralInput", description = "One referral per target service.")
public record ReferralInput(
        @NotBlank(message = "must not be blank") @Size(max = 120, message = "must be at most 120 characters")
        @Schema(required = true, description = "The service's UUID or slug.", example = "cimade-permanences-juridiques")
        String service,
        @Pattern(regexp = "[a-z][a-z-]{1,39}", message = "must be a domain or theme code")
        @Schema(description = "The need it answers.", example = "rights") String need,
        @Size(max = 1000, message = "must be at most 1000 characters")
        @Schema(description = "What the partner needs to decide. No sensitive details: no health, no story, no "
                + "status.", example = "Needs an appointment this month; speaks Arabic.") String note,
        @Schema(description = "The referral this one follows (after a decline or an expiry).") UUID previous,
        @Schema(description = "Send it at once (otherwise it stays a draft).", example = "true") Boolean send) {
}
