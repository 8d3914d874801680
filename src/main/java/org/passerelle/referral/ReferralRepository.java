package org.passerelle.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import org.passerelle.common.text.Coded;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** What a list may filter on; null means any. */
    public record Filter(ReferralStatus status, UUID serviceId, Instant dueBefore, Due due, boolean waiting, Sort sort,
            Instant now) {
    }

    /** Still waiting on someone and past its due date, or due within {@link #SOON}. */
    public enum Due implements Coded {
        OVERDUE("overdue"), SOON("soon");

        private final String code;

        Due(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** Soonest due first (a referral without a due date by when it was made), or oldest first. */
    public enum Sort implements Coded {
        DUE("due"), CREATED("created");

        private final String code;

        Sort(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** "Due soon" on the desk's dashboard: within the next two days. */
    public static final Duration SOON = Duration.ofDays(2);

    /**
     * The referrals an inbox shows: sent to this organisation (never a draft, never one whose consent was
     * withdrawn), or made by this desk,
     * soonest due first. The where-clause always holds the caller's organisation, so no filter can reach
     * another's rows.
     */
    public List<Referral> inbox(boolean partner, UUID organization, Filter filter, int page, int size) {
        Query q = query(partner, organization, filter);
        String order = filter.sort() == Sort.CREATED ? " order by r.createdAt, r.id"
                : " order by coalesce(r.dueAt, r.createdAt), r.id";
        return find(q.where + order, q.params).page(page - 1, size).list();
    }

    public long countInbox(boolean partner, UUID organization, Filter filter) {
        Query q = query(partner, organization, filter);
        return find(q.where, q.params).count();
    }

    private record Query(String where, Parameters params) {
    }

    private static Query query(boolean partner, UUID organization, Filter filter) {
        StringBuilder where = new StringBuilder(partner
                ? "from Referral r where r.organizationId = :org and r.status <> :draft and r.accessEndedAt is null"
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
        if (filter.due() != null) {
            // Only what still waits on someone can be late: a completed referral is never "overdue".
            where.append(" and r.status in :open and r.dueAt is not null");
            params.and("open", ReferralStatus.OPEN);
            if (filter.due() == Due.OVERDUE) {
                where.append(" and r.dueAt < :now");
                params.and("now", filter.now());
            } else {
                where.append(" and r.dueAt >= :now and r.dueAt <= :soon");
                params.and("now", filter.now()).and("soon", filter.now().plus(SOON));
            }
        }
        if (filter.waiting()) {
            where.append(" and r.status in :waiting");
            params.and("waiting", EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS));
        }
        return new Query(where.toString(), params);
    }

    /** Sent referrals sent before this moment (left unanswered since). */
    public List<Referral> sentBefore(Instant sentBefore) {
        return list("status = ?1 and sentAt <= ?2", ReferralStatus.SENT, sentBefore);
    }

    /** The referrals of a case still waiting or under way: a withdrawal or the retention cancels them. */
    public List<Referral> openOfCase(UUID caseId) {
        return list("caseId = ?1 and status in ?2 order by createdAt, id", caseId, ReferralStatus.OPEN);
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
