package org.passerelle.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a case's timeline: who did what, when, on which referral; never content. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_organization_id")
    public UUID actorOrganizationId;

    /** case-opened, consent-amended, referral-created, sent, accepted, ..., note-added. */
    @Column(nullable = false)
    public String action;

    /** A code that qualifies it: a decline reason, an outcome. */
    public String detail;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
