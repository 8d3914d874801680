package org.passerelle.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.common.http.PageRequest;
import org.passerelle.common.text.Keys;

@ApplicationScoped
public class ServiceOfferRepository implements PanacheRepositoryBase<ServiceOffer, UUID> {

    /** Finds by UUID or by slug: URLs accept either (design.md §2). */
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

    public List<ServiceOffer> findByInitiativeAndStatus(Initiative initiative, ServiceStatus status) {
        return list("initiative = ?1 and status = ?2 order by slug", initiative, status);
    }

    /** One page of the services matching every given criterion, in a stable order (slug, then id). */
    public PageResult<ServiceOffer> search(ServiceCriteria criteria, PageRequest page) {
        if (criteria.themes() != null && criteria.themes().isEmpty()) {
            return new PageResult<>(List.of(), 0);
        }
        StringBuilder where = new StringBuilder("s.status = :status");
        Map<String, Object> params = new HashMap<>();
        params.put("status", criteria.status());
        if (criteria.themes() != null) {
            where.append(" and exists (select 1 from ServiceOffer x join x.themes xt where x = s and xt in :themes)");
            params.put("themes", criteria.themes());
        }
        criteria.cityKey().ifPresent(city -> {
            where.append(" and s.territory.cityKey = :city");
            params.put("city", city);
        });
        criteria.regionKey().ifPresent(region -> {
            where.append(" and s.territory.regionKey = :region");
            params.put("region", region);
        });
        criteria.accessMode().ifPresent(mode -> {
            where.append(" and s.accessMode = :mode");
            params.put("mode", mode);
        });
        criteria.organizationId().ifPresent(organization -> {
            where.append(" and s.organization.id = :organization");
            params.put("organization", organization);
        });
        criteria.text().ifPresent(text -> {
            where.append(" and exists (select 1 from ServiceOffer y join y.texts yt where y = s and"
                    + " (lower(yt.name) like :text escape '!' or lower(yt.description) like :text escape '!'))");
            params.put("text", Like.containing(text));
        });
        return PageResult.of(find("from ServiceOffer s where " + where + " order by s.slug, s.id", params), page);
    }
}
