package org.passerelle.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.passerelle.identity.MembershipChanged;

/**
 * Audits membership grants. Identity fires {@link MembershipChanged} rather than calling the trail, because
 * identity sits below audit on the package ladder; the observer is synchronous, so the event joins the
 * writing transaction (the trail requires one) and a failure rolls the write back.
 */
@ApplicationScoped
public class MembershipAudit {

    static final String ENTITY = "membership";

    private final AuditTrail audit;

    public MembershipAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void record(@Observes MembershipChanged change) {
        AuditAction action = change.before() == null ? AuditAction.CREATE : AuditAction.DELETE;
        audit.recordChange(change.actor(), action, ENTITY, change.membershipId().toString(), null, change.before(),
                change.after(), null);
    }
}
