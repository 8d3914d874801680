package org.passerelle.interop;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.Audience;
import org.passerelle.catalogue.vocabulary.CefrLevel;
import org.passerelle.catalogue.vocabulary.Channel;
import org.passerelle.catalogue.vocabulary.DateBasis;
import org.passerelle.catalogue.vocabulary.Household;
import org.passerelle.catalogue.vocabulary.InitiativePublic;
import org.passerelle.catalogue.vocabulary.Lifecycle;
import org.passerelle.catalogue.vocabulary.OrganizationKind;
import org.passerelle.catalogue.vocabulary.ResidenceStatus;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.catalogue.vocabulary.TerritoryScope;

/** The shapes of the demo catalogue files (docs/architecture.md §9, the records), validated before anything is stored. */
final class DemoRecords {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SLUG_MESSAGE = "must be a kebab-case id";

    private DemoRecords() {
    }

    record ServiceRecord(
            @NotBlank @Pattern(regexp = SLUG, message = SLUG_MESSAGE) @Size(max = 120) String id,
            @NotBlank String organizationId,
            String initiativeId,
            @NotEmpty Map<String, @NotBlank @Size(max = 300) String> name,
            Map<String, @Size(max = 4000) String> description,
            @NotNull ServiceStatus status,
            Lifecycle lifecycle,
            List<@NotNull Audience> audience,
            @NotEmpty List<@NotBlank String> themes,
            @NotBlank String primaryTheme,
            @NotNull @Valid Eligibility eligibility,
            @NotNull @Valid Access access,
            Cost cost,
            List<@NotBlank @Size(max = 20) String> languagesSpoken,
            @Min(0) Integer durationDays,
            @Size(max = 1000) String durationNote,
            @Valid Capacity capacity,
            @NotNull @Valid Territory territory,
            List<@NotNull Channel> channels,
            List<@NotNull @Valid Indicator> indicators,
            LocalDate sourceDate,
            @NotNull @Valid Source source,
            List<@NotBlank String> inferred,
            @Size(max = 2000) String curatorNotes) {
    }

    record Eligibility(
            List<@NotNull ResidenceStatus> statuses,
            @Min(0) @Max(120) Integer minAge,
            @Min(0) @Max(120) Integer maxAge,
            CefrLevel minCefr,
            CefrLevel maxCefr,
            CefrLevel targetCefr,
            List<@NotBlank String> genders,
            Household household,
            List<@NotBlank @Size(max = 60) String> specialCriteria) {
    }

    record Access(AccessMode mode, @Valid WeeksRange committeeFrequencyWeeks, List<@NotBlank String> referrerKinds) {
    }

    record WeeksRange(@Min(0) int min, @Min(0) int max) {
    }

    record Cost(Boolean free, @Size(max = 1000) String note) {
    }

    record Capacity(@Min(0) Integer places, @Size(max = 20) String period, Boolean waitingList,
            @Size(max = 1000) String note) {
    }

    record Territory(@Size(max = 200) String city, @Size(max = 120) String department, @Size(max = 200) String region,
            @Size(max = 60) String country, @Min(-90) @Max(90) Double lat, @Min(-180) @Max(180) Double lon,
            @Size(max = 500) String note, List<@NotBlank String> crossBorderCountries,
            TerritoryScope scope, @Size(max = 500) String scopeNote) {

        /** The data sets {@code local} exactly when a place is named; a record that does not is rejected. */
        @AssertTrue(message = "must be local exactly when a city, department or region is given")
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isScopeConsistent() {
            org.passerelle.common.problem.FieldErrors errors = new org.passerelle.common.problem.FieldErrors();
            org.passerelle.catalogue.Territory.check(scope, org.passerelle.catalogue.Territory.hasPlace(city,
                    department, region), "scope", errors);
            return errors.isEmpty();
        }
    }

    record Indicator(@NotBlank @Size(max = 300) String label, Long value, @NotBlank @Size(max = 200) String unit,
            @Size(max = 300) String population, LocalDate periodEnd, @NotNull DateBasis dateBasis,
            Integer offsetMonths) {
    }

    record Source(@NotBlank String file, String section, List<Integer> lines) {
    }

    record InitiativeRecord(
            @NotBlank @Pattern(regexp = SLUG, message = SLUG_MESSAGE) @Size(max = 120) String id,
            @NotBlank @Size(max = 300) String name,
            @Size(max = 300) String organization,
            OrganizationKind organizationKind,
            List<@NotBlank String> themes,
            List<@NotNull InitiativePublic> publics,
            @NotNull @Valid InitiativeTerritory territory,
            @Size(max = 4000) String summaryFr,
            @Size(max = 4000) String summaryEn,
            @Size(max = 500) String website,
            List<@NotBlank @Size(max = 500) String> partners,
            List<@NotBlank @Size(max = 2000) String> results,
            Integer startYear,
            @NotNull @Valid InitiativeSource source) {
    }

    record InitiativeTerritory(@Size(max = 200) String city, @Size(max = 200) String region,
            @Size(max = 60) String country) {
    }

    record InitiativeSource(@NotBlank String file, @Size(max = 1000) String section) {
    }

    record OrganizationRecord(
            @NotBlank @Pattern(regexp = SLUG, message = SLUG_MESSAGE) @Size(max = 120) String id,
            @NotBlank @Size(max = 300) String name,
            @NotNull OrganizationKind kind,
            @Size(max = 500) String kindNote,
            @NotNull @Valid OrganizationTerritory territory,
            @Size(max = 500) String website,
            @Size(max = 1000) String source) {
    }

    record OrganizationTerritory(@Size(max = 200) String city, @Size(max = 120) String department,
            @Size(max = 200) String region, @Size(max = 60) String country, @Size(max = 500) String note) {
    }

    /**
     * A translation of a service's texts in one language (demo-catalogue/translations/{lang}.json): the
     * name is required, as every service text has one.
     */
    record ServiceTranslation(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 4000) String description) {
    }

    /** A translation of an initiative: the summary is required, the name optional (often a proper name). */
    record InitiativeTranslation(
            @Size(max = 300) String name,
            @NotBlank @Size(max = 4000) String summary) {
    }

    record MembershipRecord(
            @NotNull org.passerelle.identity.PrincipalKind principalKind,
            @NotBlank @Size(max = 200) String principal,
            @NotBlank String organization,
            String note) {
    }
}
