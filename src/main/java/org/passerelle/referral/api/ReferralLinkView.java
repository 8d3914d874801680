package org.passerelle.referral.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a signed link opens: the referral as its partner may see it, and what the link may still do. */
@Schema(name = "ReferralLink")
public record ReferralLinkView(
        @Schema(required = true, enumeration = { "answer", "outcome" },
                description = "answer: accept or decline a sent referral; outcome: complete it, or say the person "
                        + "did not come.") String purpose,
        @Schema(required = true) Instant expiresAt,
        @Schema(required = true, description = "The verbs this link may still use (POST .../{verb}); empty once used.")
        List<String> allowed,
        @Schema(required = true, description = "The referral, as the receiving organisation may see it now.")
        PartnerReferralView referral) {
}
