package org.passerelle.referral.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A referral in a list: the desk's shape or the partner's, never both. */
@Schema(name = "ReferralItem", oneOf = { ReferralView.class, PartnerReferralView.class })
public sealed interface ReferralItem permits ReferralView, PartnerReferralView {
}
