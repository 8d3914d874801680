package org.passerelle.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
import org.passerelle.catalogue.vocabulary.Audience;
import org.passerelle.catalogue.vocabulary.ServiceStatus;

/**
 * The routing view of the catalogue, in memory: the active newcomer offers (design.md §3b: triage uses
 * only those), the taxonomy and the gazetteer. It is rebuilt lazily after any catalogue change this
 * replica makes, and within seconds of a change by another replica ({@link CatalogueRevisionWatcher}).
 */
@ApplicationScoped
public class RoutingSnapshot {

    /**
     * One consistent view; replaced whole, never changed. Offers are bucketed by need (each theme and
     * each domain) and then by region key, so a plan assesses the offers that can serve the person's
     * region instead of the whole country.
     */
    public record View(List<OfferFacts> offers, Taxonomy taxonomy, Gazetteer gazetteer,
            Map<String, Map<String, List<PreparedOffer>>> byNeedAndRegion) {

        /** Offers that name no region (national ones among them) are under this key. */
        static final String NO_REGION = "";

        /**
         * The offers of these needs (theme or domain codes), each once; with a region key, only those of
         * that region and those naming none (an offer elsewhere could only fail on territory).
         */
        List<PreparedOffer> candidates(Set<String> needs, String regionKey) {
            if (needs.size() == 1) {
                return inRegion(needs.iterator().next(), regionKey);
            }
            Set<PreparedOffer> union = new java.util.LinkedHashSet<>();
            needs.forEach(n -> union.addAll(inRegion(n, regionKey)));
            return List.copyOf(union);
        }

        private List<PreparedOffer> inRegion(String need, String regionKey) {
            Map<String, List<PreparedOffer>> byRegion = byNeedAndRegion.getOrDefault(need, Map.of());
            if (regionKey == null) {
                return byRegion.getOrDefault(null, List.of());
            }
            List<PreparedOffer> regional = byRegion.getOrDefault(regionKey, List.of());
            List<PreparedOffer> unplaced = byRegion.getOrDefault(NO_REGION, List.of());
            List<PreparedOffer> both = new ArrayList<>(regional.size() + unplaced.size());
            both.addAll(unplaced);
            both.addAll(regional);
            return both;
        }
    }

    private final ServiceOfferRepository services;
    private final ThemeCatalogue themes;
    private volatile View view;

    public RoutingSnapshot(ServiceOfferRepository services, ThemeCatalogue themes) {
        this.services = services;
        this.themes = themes;
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

    /**
     * need → region key → offers; the null region key holds every offer of the need (for a person whose
     * region is not known). A domain's bucket holds each of its offers once.
     */
    static Map<String, Map<String, List<PreparedOffer>>> buckets(List<OfferFacts> offers, Taxonomy taxonomy) {
        Map<String, Map<String, List<PreparedOffer>>> buckets = new HashMap<>();
        for (OfferFacts facts : offers) {
            PreparedOffer offer = new PreparedOffer(facts);
            Set<String> needs = new java.util.LinkedHashSet<>(facts.themes());
            needs.addAll(taxonomy.domainsOf(facts.themes()));
            Set<String> regions = offer.regionKeys.isEmpty() ? Set.of(View.NO_REGION) : offer.regionKeys;
            for (String need : needs) {
                Map<String, List<PreparedOffer>> byRegion = buckets.computeIfAbsent(need, k -> new HashMap<>());
                byRegion.computeIfAbsent(null, k -> new ArrayList<>()).add(offer);
                regions.forEach(r -> byRegion.computeIfAbsent(r, k -> new ArrayList<>()).add(offer));
            }
        }
        Map<String, Map<String, List<PreparedOffer>>> frozen = new HashMap<>();
        buckets.forEach((need, byRegion) -> {
            Map<String, List<PreparedOffer>> copy = new HashMap<>();
            byRegion.forEach((region, list) -> copy.put(region, List.copyOf(list)));
            frozen.put(need, java.util.Collections.unmodifiableMap(copy));
        });
        return java.util.Collections.unmodifiableMap(frozen);
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
            Map<String, String> names = new TreeMap<>();
            s.texts.forEach((lang, text) -> names.put(lang, text.name));
            offers.add(new OfferFacts(s.id, s.slug, names, s.organization.id, s.organization.slug, s.organization.name,
                    Set.copyOf(s.themes), Set.copyOf(s.residenceStatuses), s.minAge, s.maxAge, s.minCefr, s.maxCefr,
                    s.targetCefr, Set.copyOf(s.genders), s.household, Set.copyOf(s.specialCriteria), s.accessMode,
                    s.committeeMinWeeks, s.committeeMaxWeeks, Set.copyOf(s.referrerKinds),
                    Set.copyOf(s.languagesSpoken), s.capacityWaitingList, place,
                    s.locations.stream().map(ServiceAtLocation::hours).toList(), Set.copyOf(s.inferred)));
        }
        return new View(List.copyOf(offers), themes.taxonomy(), Gazetteer.of(places),
                buckets(offers, themes.taxonomy()));
    }
}
