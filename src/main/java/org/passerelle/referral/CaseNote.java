package org.passerelle.referral;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A note on a case (the desk only) or on a referral (the desk and that referral's partner). */
@Entity
@Table(name = "case_note")
public class CaseNote {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** Null: a case note, which only the desk reads. */
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(nullable = false)
    public String author;

    @Column(name = "author_organization_id")
    public UUID authorOrganizationId;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
