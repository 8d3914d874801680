package org.passerelle.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ReferralCaseRepository implements PanacheRepositoryBase<ReferralCase, UUID> {

    /** A desk's cases, or every desk's, newest first; with a reference, only the cases that bear it. */
    public List<ReferralCase> findByDesk(Optional<UUID> desk, Optional<String> reference, int page, int size) {
        return find(where(desk, reference) + " order by openedAt desc, id", params(desk, reference))
                .page(page - 1, size).list();
    }

    public long countByDesk(Optional<UUID> desk, Optional<String> reference) {
        return count(where(desk, reference), params(desk, reference));
    }

    private static String where(Optional<UUID> desk, Optional<String> reference) {
        List<String> clauses = new ArrayList<>();
        clauses.add("1 = 1");
        desk.ifPresent(d -> clauses.add("deskId = :desk"));
        reference.ifPresent(r -> clauses.add("reference = :reference"));
        return String.join(" and ", clauses);
    }

    private static Parameters params(Optional<UUID> desk, Optional<String> reference) {
        Parameters params = new Parameters();
        desk.ifPresent(d -> params.and("desk", d));
        reference.ifPresent(r -> params.and("reference", r));
        return params;
    }

    /** The cases not yet anonymised whose last contact is at or before the cutoff (the retention job). */
    public List<UUID> dueForAnonymisation(java.time.Instant cutoff) {
        return getEntityManager().createQuery("select c.id from ReferralCase c where c.anonymisedAt is null "
                + "and c.lastContactAt <= :cutoff order by c.lastContactAt", UUID.class).setParameter("cutoff", cutoff)
                .getResultList();
    }
}
