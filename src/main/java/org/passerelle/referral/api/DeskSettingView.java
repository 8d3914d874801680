package org.passerelle.referral.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.common.api.Refs;

/** A desk's settings and the address decisions actually go to. */
@Schema(name = "DeskSetting")
public record DeskSettingView(
        @Schema(required = true) Refs.OrganizationRef desk,
        @Schema(description = "The address set for the desk, if any.", nullable = true) String notificationEmail,
        @Schema(description = "Where decisions go now: the address set, else the desk organisation's e-mail; null "
                + "when neither exists (no decision mail is sent).", nullable = true) String effectiveEmail,
        @Schema(nullable = true) Instant updatedAt,
        @Schema(required = true, description = "Send it back in If-Match to change the settings.") int version) {
}
