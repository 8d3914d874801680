package org.passerelle.audit;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    /** Newest first; both filters are optional. */
    public PanacheQuery<AuditEvent> findByEntity(String entityType, String entityKey) {
        return find("(:type is null or entityType = :type) and (:key is null or entityKey = :key)"
                + " order by occurredAt desc, id", Parameters.with("type", entityType).and("key", entityKey));
    }
}
