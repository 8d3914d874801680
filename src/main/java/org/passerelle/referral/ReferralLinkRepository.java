package org.passerelle.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReferralLinkRepository implements PanacheRepositoryBase<ReferralLink, UUID> {

    /** Uses the link, if nobody used or revoked it first (a conditional update: a link acts once). */
    public boolean use(UUID id, Instant now) {
        return update("usedAt = ?1 where id = ?2 and usedAt is null and revokedAt is null", now, id) == 1;
    }

    /** Revokes the referral's links not yet used (the referral was cancelled). */
    public int revokeForReferral(UUID referralId, Instant now) {
        return update("revokedAt = ?1 where referralId = ?2 and usedAt is null and revokedAt is null", now, referralId);
    }

    /** Revokes every link of the case's referrals not yet used (consent withdrawn). */
    public int revokeForCase(UUID caseId, Instant now) {
        return update("revokedAt = ?1 where usedAt is null and revokedAt is null and referralId in "
                + "(select r.id from Referral r where r.caseId = ?2)", now, caseId);
    }

    /** Deletes every link of the case's referrals (erasure). */
    public long deleteForCase(UUID caseId) {
        return delete("referralId in (select r.id from Referral r where r.caseId = ?1)", caseId);
    }
}
