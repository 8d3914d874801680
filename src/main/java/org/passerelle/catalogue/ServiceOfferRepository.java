package org.passerelle.catalogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.common.text.Keys;

@ApplicationScoped
public class ServiceOfferRepository implements PanacheRepositoryBase<ServiceOffer, UUID> {

    /** Finds by UUID or by slug: URLs accept either (docs/architecture.md §9). */
    public Optional<ServiceOffer> findByIdOrSlug(String idOrSlug) {
        UUID id = Keys.uuidOrNull(idOrSlug);
        return id != null ? findByIdOptional(id) : find("slug", idOrSlug).firstResultOptional();
    }

    public Optional<ServiceOffer> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<ServiceOffer> findByIdsOrSlugs(List<UUID> ids, List<String> slugs) {
        return list("id in ?1 or slug in ?2", ids.isEmpty() ? List.of(new UUID(0, 0)) : ids,
                slugs.isEmpty() ? List.of("") : slugs);
    }

    public List<ServiceOffer> findByOrganizationAndStatus(Organization organization, ServiceStatus status) {
        return list("organization = ?1 and status = ?2 order by slug", organization, status);
    }

    /** How many services of each organisation have this status, in one query (organisations with none are absent). */
    public Map<UUID, Long> countByOrganizationAndStatus(Collection<UUID> organizations, ServiceStatus status) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Long> counts = new HashMap<>();
        getEntityManager().createQuery("select s.organization.id, count(s) from ServiceOffer s "
                        + "where s.organization.id in :organizations and s.status = :status group by s.organization.id",
                        Object[].class)
                .setParameter("organizations", organizations).setParameter("status", status).getResultList()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }

    public List<ServiceOffer> findByInitiativeAndStatus(Initiative initiative, ServiceStatus status) {
        return list("initiative = ?1 and status = ?2 order by slug", initiative, status);
    }
}
