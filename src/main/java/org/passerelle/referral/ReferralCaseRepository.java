package org.passerelle.referral;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReferralCaseRepository implements PanacheRepositoryBase<ReferralCase, UUID> {

    public List<ReferralCase> findByDesk(UUID deskId, int page, int size) {
        return find("deskId = ?1 order by openedAt desc, id", deskId).page(page - 1, size).list();
    }

    public long countByDesk(UUID deskId) {
        return count("deskId", deskId);
    }

    /** The cases not yet anonymised whose last contact is at or before the cutoff (the retention job). */
    public List<UUID> dueForAnonymisation(java.time.Instant cutoff) {
        return getEntityManager().createQuery("select c.id from ReferralCase c where c.anonymisedAt is null "
                + "and c.lastContactAt <= :cutoff order by c.lastContactAt", UUID.class).setParameter("cutoff", cutoff)
                .getResultList();
    }

    public List<ReferralCase> findAllNewestFirst(int page, int size) {
        return find("order by openedAt desc, id").page(page - 1, size).list();
    }
}
