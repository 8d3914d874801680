package org.passerelle.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseEventRepository implements PanacheRepositoryBase<CaseEvent, UUID> {

    public void add(Caller caller, UUID caseId, UUID referralId, String action, String detail) {
        CaseEvent event = new CaseEvent();
        event.id = UUID.randomUUID();
        event.caseId = caseId;
        event.referralId = referralId;
        event.actor = caller.actor().principal();
        event.actorOrganizationId = caller.organization().orElse(null);
        event.action = action;
        event.detail = detail;
        event.occurredAt = Instant.now();
        persist(event);
    }

    public List<CaseEvent> timeline(UUID caseId) {
        return list("caseId = ?1 order by occurredAt, id", caseId);
    }
}
