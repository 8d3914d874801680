package org.passerelle.catalogue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.passerelle.catalogue.vocabulary.OrganizationKind;
import org.passerelle.common.http.PageRequest;
import org.passerelle.common.text.Keys;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public Optional<Organization> findByIdOrSlug(String idOrSlug) {
        UUID id = Keys.uuidOrNull(idOrSlug);
        return id != null ? findByIdOptional(id) : find("slug", idOrSlug).firstResultOptional();
    }

    public Optional<Organization> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** One page of organisations whose name contains {@code text}, of the given kind, by slug. */
    public PageResult<Organization> search(Optional<String> text, Optional<OrganizationKind> kind, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        text.ifPresent(t -> {
            where.append(" and lower(o.name) like :text escape '!'");
            params.put("text", Like.containing(t));
        });
        kind.ifPresent(k -> {
            where.append(" and o.kind = :kind");
            params.put("kind", k);
        });
        return PageResult.of(find("from Organization o where " + where + " order by o.slug, o.id", params), page);
    }
}
