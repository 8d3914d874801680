package org.passerelle.catalogue.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import org.passerelle.common.api.Refs;

/**
 * The whole public record of a service (HSDS "service" with Passerelle's extensions). A null list
 * means "not stated by the source"; paths in {@code inferred} were deduced and are not facts.
 */
@Schema(name = "Service", description = "The public record of a service. A null value means the source does not "
        + "state it; fields listed in inferred were deduced, not read, and must not be shown as facts.")
public record ServiceView(
        @Schema(required = true) UUID id,
        @Schema(example = "aajt-coup-de-pouce", required = true) String slug,
        @Schema(required = true) String name,
        String description,
        @Schema(description = "The BCP-47 language of name and description (it may be a fallback).", example = "fr")
        String lang,
        @Schema(description = "Where the text in lang comes from: source (the source document or the organisation "
                + "wrote it), machine (an automatic translation nobody has checked yet: say so to the reader) or "
                + "reviewed (a translation a partner or the city checked). Null when there is no text.",
                example = "machine")
        TextOrigin textOrigin,
        @Schema(required = true) ServiceStatus status,
        Lifecycle lifecycle,
        @Schema(required = true) List<Audience> audience,
        @Schema(required = true) String primaryTheme,
        @Schema(required = true) List<String> themes,
        @Schema(required = true) List<String> domains,
        @Schema(required = true) Refs.OrganizationRef organization,
        Refs.InitiativeRef initiative,
        @Schema(required = true) Eligibility eligibility,
        @Schema(required = true) Access access,
        @Schema(required = true) Cost cost,
        @Schema(description = "BCP-47 tags of the languages the service is delivered in; null when not stated.")
        List<String> languagesSpoken,
        @Schema(description = "What to bring, in order, each in the best language available; null when not stated.",
                example = "[\"Residence permit or receipt\"]")
        List<String> requiredDocuments,
        @Schema(description = "null when not stated.") List<Channel> channels,
        Integer durationDays,
        String durationNote,
        @Schema(description = "null when the source gives no capacity.") Capacity capacity,
        @Schema(description = "Derived, read-only: recent declines of referrals for lack of capacity, a score that "
                + "each such decline raises by 1 and that halves every 14 days; null when there was none. Apart from "
                + "the waiting list the partner maintains.", example = "1.4") Double recentCapacityDeclines,
        @Schema(required = true) TerritoryView territory,
        @Schema(required = true) List<Indicator> indicators,
        @Schema(required = true) SourceView source,
        @Schema(description = "Paths of the fields that were deduced rather than read.", example = "[\"access.mode\"]", required = true)
        List<String> inferred,
        @Schema(description = "A curator's note on ambiguities in the source (English).") String curatorNote,
        @Schema(required = true, description = "Where and when the service holds permanences; empty when the sources "
                + "give no hours.") List<LocationView> locations,
        @Schema(description = "The service's own phone, e-mail and website; null when it has none (wayIn.contact "
                + "then gives its organisation's).") ContactView contact,
        @Schema(required = true, description = "How to get in, ready to show; never a dead end.") WayInView wayIn,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {

    @Schema(name = "Eligibility", description = "Who the service is for (docs/architecture.md §7). Null bounds mean no limit.")
    public record Eligibility(
            @Schema(description = "An OR-list; null when the source does not say.") List<ResidenceStatus> statuses,
            Integer minAge,
            Integer maxAge,
            CefrLevel minCefr,
            CefrLevel maxCefr,
            @Schema(description = "The level the offer aims at.") CefrLevel targetCefr,
            @Schema(description = "null when there is no gender condition.") List<String> genders,
            Household household,
            @Schema(description = "An AND-list: every criterion is required.") List<String> specialCriteria) {
    }

    @Schema(name = "Access", description = "How to get in. It never makes anyone ineligible.")
    public record Access(
            @Schema(description = "null when the source does not say.") AccessMode mode,
            WeeksRange committeeFrequencyWeeks,
            List<String> referrerKinds) {
    }

    @Schema(name = "WeeksRange", description = "How often a committee meets, in weeks.")
    public record WeeksRange(int min, int max) {
    }

    @Schema(name = "Cost", description = "Whether the service is free; free is null when not stated.")
    public record Cost(Boolean free, String note) {
    }

    @Schema(name = "Capacity", description = "Places and waiting list, as far as known.")
    public record Capacity(Integer places, String period, Boolean waitingList,
            @Schema(description = "Current wait in days, when a partner reports it.") Integer currentWaitDays,
            String note) {
    }

    @Schema(name = "Indicator", description = "A dated figure. value is null for a qualitative result.")
    public record Indicator(String label, Long value, String unit, String population,
            @Schema(description = "The end of the period the figure describes; null when undated.") LocalDate periodEnd,
            DateBasis dateBasis,
            @Schema(description = "Months after entry at which an outcome was measured.") Integer offsetMonths) {
    }
}
