package org.passerelle.catalogue;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.passerelle.common.text.Keys;

@ApplicationScoped
public class LocationRepository implements PanacheRepositoryBase<Location, UUID> {

    /** Finds by UUID or by slug: URLs accept either (docs/architecture.md §9). */
    public Optional<Location> findByIdOrSlug(String idOrSlug) {
        UUID id = Keys.uuidOrNull(idOrSlug);
        return id != null ? findByIdOptional(id) : find("slug", idOrSlug).firstResultOptional();
    }
}
