package org.passerelle.referral;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A consent record (FHIR Consent in spirit): which organisations may receive the person's referral and
 * which fields they may see after accepting it, under which version and language of the consent text,
 * recorded by which agent and when. The first comes with the case; an amendment widens it later.
 */
@Entity
@Table(name = "case_consent")
public class CaseConsent {

    /**
     * INITIAL comes with the case, AMENDMENT widens it; REMAINDER restates, after a partial withdrawal, the
     * part of a withdrawn record the person kept (same text, fields and agreement, fewer organisations).
     */
    public enum Kind {
        INITIAL, AMENDMENT, REMAINDER
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public ReferralCase referralCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "text_version", nullable = false)
    public String textVersion;

    @Column(name = "text_lang", nullable = false)
    public String textLang;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @ElementCollection
    @CollectionTable(name = "case_consent_organization", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "organization_id")
    public Set<UUID> organizations = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "case_consent_field", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "field")
    public Set<PersonField> fields = new LinkedHashSet<>();
}
