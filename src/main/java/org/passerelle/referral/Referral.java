package org.passerelle.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One referral of a case to one service (and so to the organisation running it). What the partner may
 * see is frozen when it is sent ({@link #sharedFields}, {@link #statusShared}, {@link #facts}): a later
 * edit of the service's eligibility cannot widen it.
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public ReferralCase referralCase;

    /** The case's id, readable without loading the case. */
    @Column(name = "case_id", insertable = false, updatable = false)
    public UUID caseId;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    /** The organisation running the service when the referral was made: the one that answers. */
    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    /** The referral this one follows (a re-referral after a decline, an expiry, ...). */
    @Column(name = "previous_id")
    public UUID previousId;

    @Column(nullable = false)
    public ReferralStatus status;

    /** The need (kiosk domain) this referral answers, if the agent said. */
    public String need;

    /** What the agent tells the partner to decide (no sensitive details). */
    public String note;

    /** The coded decline or cancel reason, or the outcome on completion. */
    public String reason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** When the partner is expected to have answered (sent + the answer delay). */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Frozen when sent: the consented fields the partner sees once it accepts (comma-separated codes). */
    @Column(name = "shared_fields")
    public String sharedFields;

    /** Frozen when sent: the status is among them (the target's eligibility used it, and it was given). */
    @Column(name = "status_shared", nullable = false)
    public boolean statusShared;

    /** Frozen when sent: each eligibility fact the service uses, met or not (JSON), never its value. */
    public String facts;

    /** When the partner was reminded that its answer is due (once: set by a conditional update). */
    @Column(name = "reminded_at")
    public Instant remindedAt;

    /** When the partner was reminded to record the outcome of an accepted referral (once). */
    @Column(name = "outcome_reminded_at")
    public Instant outcomeRemindedAt;

    @Version
    @Column(nullable = false)
    public int version;
}
