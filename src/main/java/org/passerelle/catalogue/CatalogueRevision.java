package org.passerelle.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The catalogue's change marker (docs/architecture.md §6): every write bumps it in its own transaction,
 * and each replica rebuilds its in-memory views when the value moves.
 */
@ApplicationScoped
public class CatalogueRevision {

    private final EntityManager entityManager;

    public CatalogueRevision(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        entityManager.createNativeQuery("update catalogue_revision set revision = revision + 1 where id = 1")
                .executeUpdate();
    }

    @Transactional
    public long current() {
        return ((Number) entityManager.createNativeQuery("select revision from catalogue_revision where id = 1")
                .getSingleResult()).longValue();
    }
}
