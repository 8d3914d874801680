/**
 * The referral cases' API shapes: records, never entities. What a partner sees is its own shape
 * ({@link org.passerelle.referral.api.PartnerReferralView}), so a desk-only field cannot leak into it by a
 * shared record.
 */
package org.passerelle.referral.api;
