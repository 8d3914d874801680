package org.passerelle.catalogue;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.common.api.Refs;
import org.passerelle.identity.OrganizationDirectory;

/** The catalogue's organisations, as identity's memberships see them (a reference, never the entity). */
@ApplicationScoped
public class CatalogueOrganizationDirectory implements OrganizationDirectory {

    private final OrganizationRepository organizations;

    public CatalogueOrganizationDirectory(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    public Optional<Refs.OrganizationRef> find(UUID id) {
        return organizations.findByIdOptional(id).map(CatalogueOrganizationDirectory::ref);
    }

    @Override
    public Optional<Refs.OrganizationRef> findByIdOrSlug(String idOrSlug) {
        return organizations.findByIdOrSlug(idOrSlug).map(CatalogueOrganizationDirectory::ref);
    }

    private static Refs.OrganizationRef ref(Organization o) {
        return new Refs.OrganizationRef(o.id, o.slug, o.name);
    }
}
