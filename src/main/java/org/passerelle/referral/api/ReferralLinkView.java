package org.passerelle.referral.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.common.api.Refs;

/**
 * What a signed link opens: the referral as its partner may see it, who it was sent to and by which desk,
 * and what the link may still do. The public page /r/{token} shows exactly this.
 */
@Schema(name = "ReferralLink")
public record ReferralLinkView(
        @Schema(required = true, enumeration = { "answer", "outcome" },
                description = "answer: accept or decline a sent referral; outcome: complete it, or say the person "
                        + "did not come.") String purpose,
        @Schema(required = true) Instant expiresAt,
        @Schema(required = true, description = "The verbs this link may still use (POST .../{verb}); empty once used.")
        List<String> allowed,
        @Schema(required = true, description = "The organisation the referral was sent to, which the link is for.")
        Refs.OrganizationRef organization,
        @Schema(required = true, description = "The desk that sent the referral, and how to reach it.") Desk desk,
        @Schema(required = true, description = "The referral, as the receiving organisation may see it now.")
        PartnerReferralView referral) {

    /** The referring desk: its name and the organisation's own contact (never a staff member's). */
    @Schema(name = "ReferralLinkDesk", description = "The desk that sent the referral: its name and the desk "
            + "organisation's own e-mail and phone (E.164), when the catalogue has them; never a person's.")
    public record Desk(@Schema(required = true, example = "Guichet unique d'accueil de Nancy") String name,
            @Schema(example = "guichet-unique@ville.example") String email,
            @Schema(example = "+33383000000") String phone) {
    }
}
