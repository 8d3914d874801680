package org.passerelle.routing;

import java.util.ArrayList;
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

    /** One consistent view; replaced whole, never changed. */
    public record View(List<OfferFacts> offers, Taxonomy taxonomy, Gazetteer gazetteer,
            Map<String, List<OfferFacts>> byTheme) {

        /** The offers with any of these themes, each once. */
        public List<OfferFacts> withThemes(Set<String> themes) {
            if (themes.size() == 1) {
                return byTheme.getOrDefault(themes.iterator().next(), List.of());
            }
            Map<java.util.UUID, OfferFacts> union = new java.util.LinkedHashMap<>();
            themes.forEach(t -> byTheme.getOrDefault(t, List.of()).forEach(o -> union.putIfAbsent(o.id(), o)));
            return List.copyOf(union.values());
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
        Map<String, List<OfferFacts>> byTheme = new java.util.HashMap<>();
        offers.forEach(o -> o.themes().forEach(t -> byTheme.computeIfAbsent(t, k -> new ArrayList<>()).add(o)));
        byTheme.replaceAll((k, v) -> List.copyOf(v));
        return new View(List.copyOf(offers), themes.taxonomy(), Gazetteer.of(places), Map.copyOf(byTheme));
    }
}
