package org.passerelle.catalogue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.passerelle.common.http.PageRequest;
import org.passerelle.common.text.Keys;

@ApplicationScoped
public class LocationRepository implements PanacheRepositoryBase<Location, UUID> {

    /** Finds by UUID or by slug: URLs accept either (docs/architecture.md §9). */
    public Optional<Location> findByIdOrSlug(String idOrSlug) {
        UUID id = Keys.uuidOrNull(idOrSlug);
        return id != null ? findByIdOptional(id) : find("slug", idOrSlug).firstResultOptional();
    }

    /** Places whose name, town or address contains the text, by town, then name. */
    public PageResult<Location> search(Optional<String> text, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        text.ifPresent(t -> {
            where.append(" and (lower(l.name) like :text escape '!' or lower(l.city) like :text escape '!'"
                    + " or lower(l.address1) like :text escape '!')");
            params.put("text", Like.containing(t));
        });
        return PageResult.of(find("from Location l where " + where + " order by l.city, l.name, l.id", params), page);
    }
}
