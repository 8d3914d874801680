package org.passerelle.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.passerelle.identity.PrincipalKind;

/** One catalogue write: who (an identifier), when, what, which fields, and the states around it. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    public UUID id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_kind", nullable = false)
    public PrincipalKind actorKind;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_organization_id")
    public UUID actorOrganizationId;

    @Column(nullable = false)
    public AuditAction action;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_key", nullable = false)
    public String entityKey;

    /** The entity's version after the write, so a revert can tell whether a later write happened. */
    @Column(name = "entity_version")
    public Integer entityVersion;

    @Column(name = "changed_fields", nullable = false)
    public String changedFields;

    @Column(name = "before_state", length = 200000)
    public String beforeState;

    @Column(name = "after_state", length = 200000)
    public String afterState;

    @Column(name = "reverts_event_id")
    public UUID revertsEventId;
}
