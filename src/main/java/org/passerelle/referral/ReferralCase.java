package org.passerelle.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's referral case at a desk: the least about them that lets partners help (a pseudonym or first
 * name, languages, a contact channel, an optional birth year and status), the needs it came from, the
 * consent, and its referrals. Random UUIDs; a human reference unique per desk and year.
 */
@Entity
@Table(name = "referral_case")
public class ReferralCase {

    @jakarta.persistence.Id
    public UUID id;

    @Column(nullable = false)
    public String reference;

    /** The desk (an organisation of kind public authority) whose agents handle the case. */
    @Column(name = "desk_id", nullable = false)
    public UUID deskId;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    /** The last time anyone acted on the case: the retention period runs from here. */
    @Column(name = "last_contact_at", nullable = false)
    public Instant lastContactAt;

    @Column(name = "person_name")
    public String personName;

    @Column(name = "contact_channel")
    public ContactChannel contactChannel;

    @Column(name = "birth_year")
    public Integer birthYear;

    /** Null: not asked. PREFER_NOT_TO_SAY: asked, and the person chose not to say. */
    @Column(name = "person_status")
    public PersonStatus personStatus;

    /** When the person's fields and every free text were cleared (retention, or erasure). */
    @Column(name = "anonymised_at")
    public Instant anonymisedAt;

    /** When a coordinator erased the case on the person's request (anonymised at the same moment). */
    @Column(name = "erased_at")
    public Instant erasedAt;

    @ElementCollection
    @CollectionTable(name = "case_language", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "lang")
    public Set<String> languages = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "case_need", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "need")
    public Set<String> needs = new LinkedHashSet<>();

    @OneToMany(mappedBy = "referralCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt")
    public List<CaseConsent> consents = new ArrayList<>();

    @OneToMany(mappedBy = "referralCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt")
    public List<Referral> referrals = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public int version;

    /** The organisations the person agreed to share with, over every consent record not withdrawn. */
    public Set<UUID> consentedOrganizations() {
        Set<UUID> ids = new LinkedHashSet<>();
        consents.stream().filter(c -> c.withdrawnAt == null).forEach(c -> ids.addAll(c.organizations));
        return ids;
    }

    /** The fields the person agreed partners may see, over every consent record not withdrawn. */
    public Set<PersonField> consentedFields() {
        Set<PersonField> fields = new LinkedHashSet<>();
        consents.stream().filter(c -> c.withdrawnAt == null).forEach(c -> fields.addAll(c.fields));
        return fields;
    }
}
