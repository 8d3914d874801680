package org.passerelle.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    /** Newest first; both filters are optional. */
    public PanacheQuery<AuditEvent> findByEntity(String entityType, String entityKey) {
        return find(new Filter(entityType, entityKey, null, null, null));
    }

    /** Newest first; every filter is optional (null). */
    public PanacheQuery<AuditEvent> find(Filter filter) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        clauses.add("1 = 1");
        if (filter.entityType() != null) {
            clauses.add("entityType = :type");
            params.and("type", filter.entityType());
        }
        if (filter.entityKey() != null) {
            clauses.add("entityKey = :key");
            params.and("key", filter.entityKey());
        }
        if (filter.action() != null) {
            clauses.add("action = :action");
            params.and("action", filter.action());
        }
        if (filter.actor() != null) {
            clauses.add("actor = :actor");
            params.and("actor", filter.actor());
        }
        if (filter.organization() != null) {
            clauses.add("actorOrganizationId = :organization");
            params.and("organization", filter.organization());
        }
        return find(String.join(" and ", clauses) + " order by occurredAt desc, id", params);
    }

    /** What the coordinator's audit log narrows to: the record, what was done, by whom, for which organisation. */
    public record Filter(String entityType, String entityKey, AuditAction action, String actor, UUID organization) {
    }
}
