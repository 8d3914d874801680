package org.passerelle.identity;

import java.util.Optional;
import java.util.UUID;

import org.passerelle.common.api.Refs;

/**
 * The organisations a membership can point to. Identity sits below the catalogue, so it owns this port
 * and the catalogue implements it: a membership holds an organisation id, never the entity
 * (docs/decisions/0010-package-ladder.md).
 */
public interface OrganizationDirectory {

    Optional<Refs.OrganizationRef> find(UUID id);

    /** By UUID or slug, as a caller writes it. */
    Optional<Refs.OrganizationRef> findByIdOrSlug(String idOrSlug);
}
