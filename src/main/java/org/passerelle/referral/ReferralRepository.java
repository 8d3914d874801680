package org.passerelle.referral;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** What a list may filter on; null means any. */
    public record Filter(ReferralStatus status, UUID serviceId, Instant dueBefore) {
    }

    /**
     * The referrals an inbox shows: sent to this organisation (never a draft), or made by this desk,
     * soonest due first. The where-clause always holds the caller's organisation, so no filter can reach
     * another's rows.
     */
    public List<Referral> inbox(boolean partner, UUID organization, Filter filter, int page, int size) {
        Query q = query(partner, organization, filter);
        return find(q.where + " order by coalesce(r.dueAt, r.createdAt), r.id", q.params).page(page - 1, size).list();
    }

    public long countInbox(boolean partner, UUID organization, Filter filter) {
        Query q = query(partner, organization, filter);
        return find(q.where, q.params).count();
    }

    private record Query(String where, Parameters params) {
    }

    private static Query query(boolean partner, UUID organization, Filter filter) {
        StringBuilder where = new StringBuilder(partner
                ? "from Referral r where r.organizationId = :org and r.status <> :draft"
                : "from Referral r where r.referralCase.deskId = :org");
        Parameters params = Parameters.with("org", organization);
        if (partner) {
            params.and("draft", ReferralStatus.DRAFT);
        }
        if (filter.status() != null) {
            where.append(" and r.status = :status");
            params.and("status", filter.status());
        }
        if (filter.serviceId() != null) {
            where.append(" and r.serviceId = :service");
            params.and("service", filter.serviceId());
        }
        if (filter.dueBefore() != null) {
            where.append(" and r.dueAt <= :due");
            params.and("due", filter.dueBefore());
        }
        return new Query(where.toString(), params);
    }

    /** Sent referrals sent before this moment (left unanswered since). */
    public List<Referral> sentBefore(Instant sentBefore) {
        return list("status = ?1 and sentAt <= ?2", ReferralStatus.SENT, sentBefore);
    }

    /** Sent referrals due by then, whose partner was not reminded yet. */
    public List<Referral> toRemind(Instant dueBy) {
        return list("status = ?1 and dueAt <= ?2 and remindedAt is null", ReferralStatus.SENT, dueBy);
    }

    /** Accepted (or started) referrals answered before then, still without an outcome and not reminded yet. */
    public List<Referral> withoutOutcome(Instant answeredBefore) {
        return list("status in ?1 and answeredAt <= ?2 and outcomeRemindedAt is null",
                List.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS), answeredBefore);
    }

    public List<Referral> findByCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    /** Declines for lack of capacity per service since a date (the capacity signal). */
    public Map<UUID, Long> capacityDeclinesSince(Instant since) {
        Map<UUID, Long> counts = new java.util.HashMap<>();
        getEntityManager().createQuery("select r.serviceId, count(r) from Referral r where r.status = :declined "
                + "and r.reason = 'no-capacity' and r.answeredAt >= :since group by r.serviceId", Object[].class)
                .setParameter("declined", ReferralStatus.DECLINED).setParameter("since", since).getResultList()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
