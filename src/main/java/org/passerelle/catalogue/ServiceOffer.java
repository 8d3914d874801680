package org.passerelle.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.Audience;
import org.passerelle.catalogue.vocabulary.CefrLevel;
import org.passerelle.catalogue.vocabulary.Channel;
import org.passerelle.catalogue.vocabulary.DateBasis;
import org.passerelle.catalogue.vocabulary.Household;
import org.passerelle.catalogue.vocabulary.Lifecycle;
import org.passerelle.catalogue.vocabulary.ResidenceStatus;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.catalogue.vocabulary.TextOrigin;
import org.passerelle.catalogue.vocabulary.WayIn;

/**
 * An offer a newcomer can be routed to (HSDS "service"; named ServiceOffer in code so it never reads
 * as a service-layer class). Empty sets mean "not stated" for statuses, languages and channels, and
 * "no condition" for genders; {@link #inferred} lists the fields that were deduced, not read.
 */
@Entity
@Table(name = "service")
public class ServiceOffer extends CatalogueRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id")
    public Initiative initiative;

    @Column(nullable = false)
    public ServiceStatus status;

    public Lifecycle lifecycle;

    @ElementCollection
    @CollectionTable(name = "service_text", joinColumns = @JoinColumn(name = "service_id"))
    @MapKeyColumn(name = "lang")
    public Map<String, Text> texts = new HashMap<>();

    @Column(name = "primary_theme", nullable = false)
    public String primaryTheme;

    /**
     * Declines for lack of capacity, as a decaying score at {@link #capacitySignalAt} (see CapacitySignal);
     * derived, never written by a partner, and not part of the record's version.
     */
    @Column(name = "capacity_signal")
    public Double capacitySignal;

    @Column(name = "capacity_signal_at")
    public java.time.Instant capacitySignalAt;

    @ElementCollection
    @CollectionTable(name = "service_theme", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "theme_code")
    public Set<String> themes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "service_audience", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "audience")
    public Set<Audience> audience = new LinkedHashSet<>();

    // Eligibility (docs/architecture.md §7 and §9)

    @ElementCollection
    @CollectionTable(name = "service_residence_status", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "residence_status")
    public Set<ResidenceStatus> residenceStatuses = new LinkedHashSet<>();

    @Column(name = "min_age")
    public Integer minAge;

    @Column(name = "max_age")
    public Integer maxAge;

    @Column(name = "min_cefr")
    public CefrLevel minCefr;

    @Column(name = "max_cefr")
    public CefrLevel maxCefr;

    @Column(name = "target_cefr")
    public CefrLevel targetCefr;

    @ElementCollection
    @CollectionTable(name = "service_gender", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "gender")
    public Set<String> genders = new LinkedHashSet<>();

    public Household household;

    @ElementCollection
    @CollectionTable(name = "service_special_criterion", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "criterion")
    public Set<String> specialCriteria = new LinkedHashSet<>();

    // Access

    @Column(name = "access_mode")
    public AccessMode accessMode;

    @Column(name = "committee_min_weeks")
    public Integer committeeMinWeeks;

    @Column(name = "committee_max_weeks")
    public Integer committeeMaxWeeks;

    @ElementCollection
    @CollectionTable(name = "service_referrer_kind", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "referrer_kind")
    public Set<String> referrerKinds = new LinkedHashSet<>();

    // The way in (docs/architecture.md §9): the service's own channels, never a person's; the
    // organisation's stand in when it has none.

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_url")
    public String contactUrl;

    /** How to get in, as the organisation states it; null when it does not say. */
    @Column(name = "way_in")
    public WayIn wayIn;

    /** A short note on the way in, by BCP-47 language. */
    @ElementCollection
    @CollectionTable(name = "service_way_in_note", joinColumns = @JoinColumn(name = "service_id"))
    @MapKeyColumn(name = "lang")
    @Column(name = "note", nullable = false)
    public Map<String, String> wayInNotes = new HashMap<>();

    public boolean hasContact() {
        return contactPhone != null || contactEmail != null || contactUrl != null;
    }

    // Practical details

    @Column(name = "cost_free")
    public Boolean costFree;

    @Column(name = "cost_note")
    public String costNote;

    @ElementCollection
    @CollectionTable(name = "service_language", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "language_tag")
    public Set<String> languagesSpoken = new LinkedHashSet<>();

    /** What to bring: document {@code position} labelled in {@code lang} (HSDS required_document). */
    @ElementCollection
    @CollectionTable(name = "service_required_document", joinColumns = @JoinColumn(name = "service_id"))
    public Set<RequiredDocument> requiredDocuments = new LinkedHashSet<>();

    @Embeddable
    public static class RequiredDocument {
        @Column(nullable = false)
        public int position;
        @Column(nullable = false)
        public String lang;
        @Column(nullable = false)
        public String label;

        public RequiredDocument() {
        }

        public RequiredDocument(int position, String lang, String label) {
            this.position = position;
            this.lang = lang;
            this.label = label;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RequiredDocument d && d.position == position && d.lang.equals(lang)
                    && d.label.equals(label);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(position, lang, label);
        }
    }

    /** The documents in order, each as its labels by language. */
    public List<Map<String, String>> documentsByPosition() {
        java.util.TreeMap<Integer, Map<String, String>> byPosition = new java.util.TreeMap<>();
        requiredDocuments.forEach(d -> byPosition.computeIfAbsent(d.position, k -> new java.util.TreeMap<>())
                .put(d.lang, d.label));
        return List.copyOf(byPosition.values());
    }

    @ElementCollection
    @CollectionTable(name = "service_channel", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "channel")
    public Set<Channel> channels = new LinkedHashSet<>();

    @Column(name = "duration_days")
    public Integer durationDays;

    @Column(name = "duration_note")
    public String durationNote;

    // Capacity

    @Column(name = "capacity_places")
    public Integer capacityPlaces;

    @Column(name = "capacity_period")
    public String capacityPeriod;

    @Column(name = "capacity_waiting_list")
    public Boolean capacityWaitingList;

    @Column(name = "capacity_wait_days")
    public Integer capacityWaitDays;

    @Column(name = "capacity_note")
    public String capacityNote;

    // Territory

    @Embedded
    public Territory territory = new Territory();

    public String department;
    public Double latitude;
    public Double longitude;

    @Column(name = "territory_note")
    public String territoryNote;

    @ElementCollection
    @CollectionTable(name = "service_cross_border", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "country")
    public Set<String> crossBorderCountries = new LinkedHashSet<>();

    // Figures and provenance

    @ElementCollection
    @CollectionTable(name = "service_indicator", joinColumns = @JoinColumn(name = "service_id"))
    @OrderColumn(name = "sort_order")
    public List<Indicator> indicators = new ArrayList<>();

    @Column(name = "source_date")
    public LocalDate sourceDate;

    @Column(name = "source_file")
    public String sourceFile;

    @Column(name = "source_section")
    public String sourceSection;

    @Column(name = "source_line_from")
    public Integer sourceLineFrom;

    @Column(name = "source_line_to")
    public Integer sourceLineTo;

    @ElementCollection
    @CollectionTable(name = "service_inferred", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "field_path")
    public Set<String> inferred = new LinkedHashSet<>();

    @Column(name = "curator_note")
    public String curatorNote;

    @jakarta.persistence.OneToMany(mappedBy = "service")
    public List<ServiceAtLocation> locations = new ArrayList<>();

    @Override
    protected void refreshDerived() {
        territory.refreshKeys();
    }

    /**
     * Name and description in one language, with where they come from: the source (or the organisation),
     * a machine translation, or a translation a person reviewed (who, by principal id, and when).
     */
    @Embeddable
    public static class Text {
        @Column(name = "name", nullable = false)
        public String name;
        @Column(name = "description")
        public String description;
        @Column(name = "origin", nullable = false)
        public TextOrigin origin = TextOrigin.SOURCE;
        @Column(name = "reviewed_by")
        public String reviewedBy;
        @Column(name = "reviewed_on")
        public LocalDate reviewedOn;

        public Text() {
        }

        /** A text written by the source or by the record's organisation. */
        public Text(String name, String description) {
            this.name = name;
            this.description = description;
        }

        public Text(String name, String description, TextOrigin origin, String reviewedBy, LocalDate reviewedOn) {
            this.name = name;
            this.description = description;
            this.origin = origin;
            this.reviewedBy = reviewedBy;
            this.reviewedOn = reviewedOn;
        }

        /** Same words, whatever their provenance. */
        public boolean sameWords(String otherName, String otherDescription) {
            return java.util.Objects.equals(name, otherName) && java.util.Objects.equals(description, otherDescription);
        }

        public TextProvenance provenance() {
            return new TextProvenance(origin, reviewedBy, reviewedOn);
        }
    }

    /** A dated figure: {label, value, unit, population, periodEnd}. */
    @Embeddable
    public static class Indicator {
        @Column(name = "label", nullable = false)
        public String label;
        @Column(name = "indicator_value")
        public Long value;
        @Column(name = "indicator_unit", nullable = false)
        public String unit;
        @Column(name = "population")
        public String population;
        @Column(name = "period_end")
        public LocalDate periodEnd;
        @Column(name = "date_basis", nullable = false)
        public DateBasis dateBasis;
        @Column(name = "offset_months")
        public Integer offsetMonths;
    }
}
