package org.passerelle.referral.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of referrals: the desk's shape for agents and coordinators, the partner's for partners. */
@Schema(name = "ReferralPage", description = "One page of referrals, soonest due first. A partner gets "
        + "PartnerReferral items, the desk Referral items.")
public record ReferralPage(@Schema(required = true) int page, @Schema(required = true) int size,
        @Schema(required = true) long totalItems, @Schema(required = true) long totalPages,
        @Schema(required = true) List<ReferralItem> items) {
}
