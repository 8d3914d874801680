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

import org.passerelle.catalogue.vocabulary.InitiativePublic;
import org.passerelle.catalogue.vocabulary.OrganizationKind;
import org.passerelle.catalogue.vocabulary.TextOrigin;

/** A social-economy project or programme that groups services, with partners and dated results. */
@Entity
@Table(name = "initiative")
public class Initiative extends CatalogueRecord {

    @Column(nullable = false)
    public String name;

    /** The operator as the source names it; {@link #organization} links it when it runs services here. */
    @Column(name = "operator_name")
    public String operatorName;

    @Column(name = "operator_kind")
    public OrganizationKind operatorKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    public String website;

    @Column(name = "start_year")
    public Integer startYear;

    @Embedded
    public Territory territory = new Territory();

    /** The summary by language, with a translated name where a translation gives one, and provenance. */
    @ElementCollection
    @CollectionTable(name = "initiative_text", joinColumns = @JoinColumn(name = "initiative_id"))
    @MapKeyColumn(name = "lang")
    public Map<String, Text> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "initiative_theme", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "theme_code")
    public Set<String> themes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "initiative_public", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "public_code")
    public Set<InitiativePublic> publics = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "initiative_partner", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "partner_name")
    public List<String> partners = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiative_result", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "sort_order")
    public List<Result> results = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiative_source", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "sort_order")
    public List<Source> sources = new ArrayList<>();

    @Override
    protected void refreshDerived() {
        territory.refreshKeys();
    }

    /** The summaries alone, by language (what coordinators maintain). */
    public Map<String, String> summaries() {
        Map<String, String> summaries = new java.util.TreeMap<>();
        texts.forEach((lang, text) -> summaries.put(lang, text.summary));
        return summaries;
    }

    /**
     * The summary in one language, and the initiative's name in that language when a translation gives
     * one (null: the record's {@link #name} is used); with where they come from.
     */
    @Embeddable
    public static class Text {
        @Column(name = "summary", nullable = false)
        public String summary;
        @Column(name = "name")
        public String name;
        @Column(name = "origin", nullable = false)
        public TextOrigin origin = TextOrigin.SOURCE;
        @Column(name = "reviewed_by")
        public String reviewedBy;
        @Column(name = "reviewed_on")
        public LocalDate reviewedOn;

        public Text() {
        }

        public Text(String summary, String name, TextOrigin origin) {
            this.summary = summary;
            this.name = name;
            this.origin = origin;
        }

        public TextProvenance provenance() {
            return new TextProvenance(origin, reviewedBy, reviewedOn);
        }
    }

    /** A result sentence, dated by the source it comes from. */
    @Embeddable
    public static class Result {
        @Column(name = "result_text", nullable = false)
        public String text;
        @Column(name = "source_file")
        public String sourceFile;
        @Column(name = "source_date")
        public LocalDate sourceDate;
    }

    /** A source document the initiative was taken from; merged initiatives have several. */
    @Embeddable
    public static class Source {
        @Column(name = "source_file", nullable = false)
        public String file;
        @Column(name = "source_section")
        public String section;
        @Column(name = "source_date")
        public LocalDate date;
    }
}
