package org.passerelle.catalogue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.passerelle.catalogue.vocabulary.InitiativePublic;
import org.passerelle.common.http.PageRequest;
import org.passerelle.common.text.Keys;

@ApplicationScoped
public class InitiativeRepository implements PanacheRepositoryBase<Initiative, UUID> {

    public Optional<Initiative> findByIdOrSlug(String idOrSlug) {
        UUID id = Keys.uuidOrNull(idOrSlug);
        return id != null ? findByIdOptional(id) : find("slug", idOrSlug).firstResultOptional();
    }

    public Optional<Initiative> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** One page of initiatives matching text (name or summary, in any language), themes, public and country, by slug. */
    public PageResult<Initiative> search(Optional<String> text, java.util.Set<String> themes,
            Optional<InitiativePublic> audience, Optional<String> country, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        text.ifPresent(t -> {
            where.append(" and (lower(i.name) like :text escape '!' or exists (select 1 from Initiative x"
                    + " join x.texts xs where x = i and (lower(xs.summary) like :text escape '!'"
                    + " or lower(xs.name) like :text escape '!')))");
            params.put("text", Like.containing(t));
        });
        if (themes != null) {
            where.append(" and exists (select 1 from Initiative y join y.themes yt where y = i and yt in :themes)");
            params.put("themes", themes);
        }
        audience.ifPresent(a -> {
            where.append(" and :audience member of i.publics");
            params.put("audience", a);
        });
        country.ifPresent(c -> {
            where.append(" and upper(i.territory.country) = :country");
            params.put("country", c.toUpperCase(java.util.Locale.ROOT));
        });
        return PageResult.of(find("from Initiative i where " + where + " order by i.slug, i.id", params), page);
    }
}
