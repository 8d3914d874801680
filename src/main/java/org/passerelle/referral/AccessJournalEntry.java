package org.passerelle.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.passerelle.identity.PrincipalKind;

/**
 * One access to a case, a referral or a note: who, for which organisation, what, when and through which
 * channel, with no content. Rows are only ever inserted (and deleted by the retention job).
 */
@Entity
@Table(name = "access_journal")
public class AccessJournalEntry {

    @Id
    public UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "principal_kind", nullable = false, updatable = false)
    public PrincipalKind principalKind;

    @Column(nullable = false, updatable = false)
    public String principal;

    @Column(name = "organization_id", updatable = false)
    public UUID organizationId;

    @Column(name = "case_id", updatable = false)
    public UUID caseId;

    @Column(name = "referral_id", updatable = false)
    public UUID referralId;

    @Column(nullable = false, updatable = false)
    public String action;

    /** desk-spa (session cookie), api:<client id>, api-user (a user's bearer token), signed-link. */
    @Column(nullable = false, updatable = false)
    public String channel;
}
