package org.passerelle.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.passerelle.catalogue.CatalogueChanged;
import org.passerelle.catalogue.CatalogueRevisionWatcher;
import org.passerelle.catalogue.ServiceAtLocation;
import org.passerelle.catalogue.ServiceOffer;
import org.passerelle.catalogue.ServiceOfferRepository;
import org.passerelle.catalogue.Taxonomy;
import org.passerelle.catalogue.ThemeCatalogue;
import org.passerelle.catalogue.WayIns;
import org.passerelle.catalogue.Location;
import org.passerelle.catalogue.OpeningHours;
import org.passerelle.catalogue.api.CatalogueViews;
import org.passerelle.catalogue.api.LocationView;
import org.passerelle.config.PasserelleConfig;
import org.passerelle.catalogue.vocabulary.Audience;
import org.passerelle.catalogue.vocabulary.ServiceStatus;

/**
 * The routing view of the catalogue, in memory: the active newcomer offers (docs/architecture.md §7: triage uses
 * only those), the taxonomy and the gazetteer. It is rebuilt lazily after any catalogue change this
 * replica makes, and within seconds of a change by another replica ({@link CatalogueRevisionWatcher}).
 */
@ApplicationScoped
public class RoutingSnapshot {

    /**
     * One consistent view; replaced whole, never changed. Offers are bucketed by need (each theme and
     * each domain) and then by the area they serve, so a plan assesses the offers that can serve the
     * person (national ones, and those of their city, department and region) instead of the whole country.
     */
    public record View(List<OfferFacts> offers, Taxonomy taxonomy, Gazetteer gazetteer,
            Map<String, Map<String, List<PreparedOffer>>> byNeedAndArea, int rulesGroups, Desk desk) {

        static final String NATIONAL = "";
        static final String ALL = "*";
        static final String ANY_REGION = "r:*";
        static final String ANY_DEPARTMENT = "d:*";

        /**
         * The offers of one need (a theme or domain code) that may serve this person. An offer limited to
         * another area could only fail on territory, so it is left out: for each place the person may be in
         * (one when the gazetteer found the town, several when it is ambiguous), the national offers and those
         * of its city, department and region, or of any department or region when that level is not known
         * (a town the gazetteer does not know). With no place at all, or a place with no city (a postcode
         * the table does not hold), every offer: the engine rules out those the department or region places
         * elsewhere.
         */
        List<PreparedOffer> candidates(String need, EligibilityEngine.Person person) {
            Map<String, List<PreparedOffer>> byArea = byNeedAndArea.getOrDefault(need, Map.of());
            List<EligibilityEngine.Area> areas = person.areas();
            if (areas.isEmpty() || areas.stream().anyMatch(a -> a.city() == null)) {
                return byArea.getOrDefault(ALL, List.of());
            }
            java.util.Set<String> keys = new java.util.LinkedHashSet<>();
            keys.add(NATIONAL);
            for (EligibilityEngine.Area a : areas) {
                keys.add("c:" + a.city());
                keys.add(a.department() == null ? ANY_DEPARTMENT : "d:" + a.department());
                keys.add(a.region() == null ? ANY_REGION : "r:" + a.region());
            }
            List<List<PreparedOffer>> parts = keys.stream().map(k -> area(byArea, k)).toList();
            List<PreparedOffer> all = new ArrayList<>(parts.stream().mapToInt(List::size).sum());
            if (areas.size() == 1) {
                parts.forEach(all::addAll);
            } else {
                // Several places: an offer listing two areas ("Gard / Hérault") may sit in two of the buckets.
                java.util.Set<PreparedOffer> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                parts.forEach(part -> part.stream().filter(seen::add).forEach(all::add));
            }
            return all;
        }

        private static List<PreparedOffer> area(Map<String, List<PreparedOffer>> byArea, String key) {
            return byArea.getOrDefault(key, List.of());
        }
    }

    /**
     * The one-stop-shop desk (the configured location), with its own hours: the way in a plan shows when
     * nothing else is known about how to reach a service.
     */
    public record Desk(LocationView place, OpeningHours.Hours hours) {

        /** The desk as a plan shows it, open now or not at {@code now}. */
        public LocationView at(java.time.Instant now) {
            var until = hours.openUntil(now);
            return place.withOpenNow(until.isPresent(),
                    until.map(java.time.format.DateTimeFormatter.ofPattern("HH:mm")::format).orElse(null));
        }
    }

    private final ServiceOfferRepository services;
    private final ThemeCatalogue themes;
    private final PasserelleConfig config;
    private volatile View view;

    public RoutingSnapshot(ServiceOfferRepository services, ThemeCatalogue themes, PasserelleConfig config) {
        this.services = services;
        this.themes = themes;
        this.config = config;
    }

    public View view() {
        View current = view;
        if (current == null) {
            synchronized (this) {
                current = view;
                if (current == null) {
                    current = QuarkusTransaction.requiringNew().call(this::build);
                    view = current;
                }
            }
        }
        return current;
    }

    void invalidate(@Observes(during = TransactionPhase.AFTER_COMPLETION) CatalogueChanged change) {
        view = null;
    }

    /** need → area key ("" national, "c:", "d:" or "r:" + key, and the "*" lists) → offers. */
    static Map<String, Map<String, List<PreparedOffer>>> buckets(List<PreparedOffer> offers, Taxonomy taxonomy) {
        Map<String, Map<String, List<PreparedOffer>>> buckets = new HashMap<>();
        for (PreparedOffer offer : offers) {
            Set<String> needs = new java.util.LinkedHashSet<>(offer.facts.themes());
            needs.addAll(taxonomy.domainsOf(offer.facts.themes()));
            List<String> areas = new ArrayList<>();
            areas.add(View.ALL);
            switch (offer.territoryLevel) {
                case PreparedOffer.CITY -> offer.areaKeys.forEach(k -> areas.add("c:" + k));
                case PreparedOffer.DEPARTMENT -> {
                    areas.add(View.ANY_DEPARTMENT);
                    offer.areaKeys.forEach(k -> areas.add("d:" + k));
                }
                case PreparedOffer.REGION -> {
                    areas.add(View.ANY_REGION);
                    offer.areaKeys.forEach(k -> areas.add("r:" + k));
                }
                default -> areas.add(View.NATIONAL);
            }
            for (String need : needs) {
                Map<String, List<PreparedOffer>> byArea = buckets.computeIfAbsent(need, k -> new HashMap<>());
                areas.forEach(area -> byArea.computeIfAbsent(area, k -> new ArrayList<>()).add(offer));
            }
        }
        Map<String, Map<String, List<PreparedOffer>>> frozen = new HashMap<>();
        buckets.forEach((need, byArea) -> {
            Map<String, List<PreparedOffer>> copy = new HashMap<>();
            byArea.forEach((area, list) -> copy.put(area, List.copyOf(list)));
            frozen.put(need, Map.copyOf(copy));
        });
        return Map.copyOf(frozen);
    }

    private View build() {
        List<OfferFacts> offers = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        for (ServiceOffer s : services.list("status", ServiceStatus.ACTIVE)) {
            Place place = new Place(s.territory.city, s.department, s.territory.region, s.latitude, s.longitude);
            places.add(place);
            if (!s.audience.contains(Audience.NEWCOMER)) {
                continue;
            }
            offers.add(new OfferFacts(s.id, s.slug, org.passerelle.catalogue.OfferName.byLanguage(s), s.organization.id, s.organization.slug, s.organization.name,
                    Set.copyOf(s.themes), s.primaryTheme, Set.copyOf(s.residenceStatuses), s.minAge, s.maxAge, s.minCefr, s.maxCefr,
                    s.targetCefr, Set.copyOf(s.genders), s.household, Set.copyOf(s.specialCriteria), s.accessMode,
                    s.committeeMinWeeks, s.committeeMaxWeeks, Set.copyOf(s.referrerKinds),
                    Set.copyOf(s.languagesSpoken), s.capacityWaitingList, place, s.territory.scope,
                    s.locations.stream().map(ServiceAtLocation::hours).toList(), Set.copyOf(s.inferred),
                    s.capacitySignal, s.capacitySignalAt, WayIns.resolve(s)));
        }
        List<PreparedOffer> prepared = offers.stream().map(PreparedOffer::new).toList();
        Map<List<Object>, Integer> groups = new HashMap<>();
        prepared.forEach(o -> o.rulesGroup = groups.computeIfAbsent(o.rulesKey, k -> groups.size()));
        return new View(List.copyOf(offers), themes.taxonomy(), Gazetteer.of(places),
                buckets(prepared, themes.taxonomy()), groups.size(), desk());
    }

    private Desk desk() {
        List<Location> found = services.getEntityManager()
                .createQuery("select l from Location l where l.slug = :slug", Location.class)
                .setParameter("slug", config.desk().location()).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Location location = found.get(0);
        OpeningHours.Hours hours = location.hours();
        return new Desk(CatalogueViews.location(location, hours, java.time.Instant.now()), hours);
    }
}
