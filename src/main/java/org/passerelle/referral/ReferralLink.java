package org.passerelle.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A signed link mailed to a partner without an account. The token is not stored: it is an HMAC over this
 * row's id, referral, purpose and expiry ({@link LinkTokens}), so the table alone opens nothing. The row
 * makes the link act once and lets it be revoked.
 */
@Entity
@Table(name = "referral_link")
public class ReferralLink {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(nullable = false)
    public LinkPurpose purpose;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
