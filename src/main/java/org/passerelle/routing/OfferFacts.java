package org.passerelle.routing;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.CefrLevel;
import org.passerelle.catalogue.vocabulary.Household;
import org.passerelle.catalogue.vocabulary.ResidenceStatus;
import org.passerelle.catalogue.vocabulary.TerritoryScope;

/**
 * The facts of one active newcomer service that routing needs, detached from the database: the engine
 * runs on an in-memory snapshot of these (docs/architecture.md §4).
 */
public record OfferFacts(
        UUID id,
        String slug,
        Map<String, org.passerelle.catalogue.OfferName> names,
        UUID organizationId,
        String organizationSlug,
        String organizationName,
        Set<String> themes,
        String primaryTheme,
        Set<ResidenceStatus> statuses,
        Integer minAge,
        Integer maxAge,
        CefrLevel minCefr,
        CefrLevel maxCefr,
        CefrLevel targetCefr,
        Set<String> genders,
        Household household,
        Set<String> specialCriteria,
        AccessMode accessMode,
        Integer committeeMinWeeks,
        Integer committeeMaxWeeks,
        Set<String> referrerKinds,
        Set<String> languages,
        Boolean waitingList,
        Place place,
        TerritoryScope scope,
        java.util.List<org.passerelle.catalogue.OpeningHours.Hours> hours,
        Set<String> inferred,
        /** Recent declines for lack of capacity: a decaying score at a moment (catalogue CapacitySignal). */
        Double capacitySignal,
        java.time.Instant capacitySignalAt,
        /** How to get in (catalogue WayIns), worked out once per snapshot. */
        org.passerelle.catalogue.WayIns.Resolved wayIn) {

    public boolean isInferred(String prefix) {
        return inferred.stream().anyMatch(path -> path.startsWith(prefix));
    }
}
