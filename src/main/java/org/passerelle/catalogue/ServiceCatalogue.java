package org.passerelle.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.passerelle.catalogue.api.CatalogueViews;
import org.passerelle.catalogue.api.LookupResult;
import org.passerelle.catalogue.api.MaintainedService;
import org.passerelle.catalogue.api.ServiceSearchResult;
import org.passerelle.catalogue.api.ServiceSummary;
import org.passerelle.catalogue.api.ServiceView;
import org.passerelle.catalogue.api.SourceView;
import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.common.http.PageRequest;
import org.passerelle.common.http.QueryParams;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldErrors;
import org.passerelle.common.text.Keys;
import org.passerelle.identity.Actor;

/** Public reads of services: the filtered list, one record, and several by id. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ServiceCatalogue {

    static final int MAX_TEXT = 200;

    private final ServiceOfferRepository services;
    private final OrganizationRepository organizations;
    private final ThemeCatalogue themes;
    private final ServiceFinder search;
    private final ServiceAtLocationRepository permanences;

    public ServiceCatalogue(ServiceOfferRepository services, OrganizationRepository organizations,
            ThemeCatalogue themes, ServiceFinder search, ServiceAtLocationRepository permanences) {
        this.services = services;
        this.organizations = organizations;
        this.themes = themes;
        this.search = search;
        this.permanences = permanences;
    }

    public ServiceSearchResult search(ServiceSearchParams params, LanguageSelection languages) {
        Taxonomy taxonomy = themes.taxonomy();
        FieldErrors errors = new FieldErrors();
        PageRequest page = params.pageRequest(errors);
        Optional<String> text = QueryParams.textParam("q", params.q(), MAX_TEXT, errors);
        Set<String> themeFilter = themeFilter(params.domain(), params.theme(), taxonomy, errors);
        Optional<String> city = QueryParams.textParam("city", params.city(), MAX_TEXT, errors).map(Keys::matchKey);
        Optional<String> region = QueryParams.textParam("region", params.region(), MAX_TEXT, errors).map(Keys::matchKey);
        Optional<AccessMode> mode = QueryParams.codeParam("accessMode", params.accessMode(), AccessMode.class, errors);
        ServiceStatus status = QueryParams.codeParam("status", params.status(), ServiceStatus.class, errors)
                .orElse(ServiceStatus.ACTIVE);
        Optional<UUID> organization = QueryParams.textParam("organization", params.organization(), MAX_TEXT, errors)
                .flatMap(o -> {
                    Optional<UUID> id = organizations.findByIdOrSlug(o).map(org -> org.id);
                    if (id.isEmpty()) {
                        errors.add("organization", "matches no organisation");
                    }
                    return id;
                });
        Optional<String> language = language(params.language(), errors);
        Optional<SearchQuery.GeoPoint> near = geoPoint(params.near(), errors);
        Optional<Double> radius = radius(params.radiusKm(), near.isPresent(), errors);
        boolean openNow = params.openNow();
        errors.throwIfAny();

        if (themeFilter != null && themeFilter.isEmpty()) {
            return new ServiceSearchResult(page.page(), page.size(), 0, 0, List.of(), Map.of());
        }
        Set<UUID> open = openNow ? permanences.findServicesOpenAt(java.time.Instant.now()) : null;
        SearchHits hits = search.search(new SearchQuery(text, themeFilter, city, region, mode, organization, language,
                status, near, radius, open, page.offset(), page.size(), languages.chain()));
        List<ServiceSummary> items = hits.entries().stream().map(e -> {
            var name = languages.pick(e.names());
            return new ServiceSummary(e.id(), e.slug(), name.map(n -> n.value().name()).orElse(e.slug()),
                    name.map(n -> n.lang()).orElse(null), name.map(n -> n.value().origin()).orElse(null), e.status(), e.primaryTheme(), e.themes(), e.domains(),
                    e.organization(), e.accessMode(), e.territory(), e.updatedAt(), e.version());
        }).toList();
        return new ServiceSearchResult(page.page(), page.size(), hits.total(),
                (hits.total() + page.size() - 1) / page.size(), items, hits.facets());
    }

    private static Optional<String> language(String raw, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Optional<String> key = SearchQuery.languageFilter(raw);
        if (key.isEmpty()) {
            errors.add("language", "must be a BCP-47 language tag such as ar, uk or fa-AF");
        }
        return key;
    }

    private static Optional<SearchQuery.GeoPoint> geoPoint(String raw, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String[] parts = raw.split(",");
        try {
            double lat = Double.parseDouble(parts[0].trim());
            double lon = Double.parseDouble(parts[1].trim());
            if (parts.length == 2 && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                return Optional.of(new SearchQuery.GeoPoint(lat, lon));
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        errors.add("near", "must be \"latitude,longitude\" in degrees, such as 48.6921,6.1844");
        return Optional.empty();
    }

    private static Optional<Double> radius(String raw, boolean hasPoint, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            double km = Double.parseDouble(raw.trim());
            if (km >= 0.1 && km <= 2000 && hasPoint) {
                return Optional.of(km);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("radiusKm", hasPoint ? "must be a number of kilometres between 0.1 and 2000" : "needs near");
        return Optional.empty();
    }

    public ServiceView get(String idOrSlug, LanguageSelection languages) {
        ServiceOffer service = services.findByIdOrSlug(idOrSlug)
                .orElseThrow(() -> ApiProblem.notFound("service", idOrSlug));
        return CatalogueViews.view(service, languages, themes.taxonomy());
    }

    /**
     * A service as its organisation maintains it (every language, each place's schedule), for an editing screen or
     * a partner's system. The same rule as the writes: a partner reads its own organisation's services only, and
     * any other is a 404, so it cannot learn that the service exists; a coordinator reads any.
     */
    public MaintainedService maintained(String idOrSlug, Actor actor) {
        ServiceOffer s = services.findByIdOrSlug(idOrSlug)
                .filter(found -> actor.actsFor(found.organization.id))
                .orElseThrow(() -> ApiProblem.notFound("service", idOrSlug));
        Map<String, MaintainedService.TextStatus> texts = new java.util.TreeMap<>();
        s.texts.forEach((lang, text) -> texts.put(lang,
                new MaintainedService.TextStatus(text.origin, text.reviewedBy, text.reviewedOn)));
        List<MaintainedService.PlaceSchedule> places = s.locations.stream()
                .sorted(java.util.Comparator.comparing(at -> at.location.slug))
                .map(at -> new MaintainedService.PlaceSchedule(at.location.id, at.location.slug, at.location.name,
                        at.location.address1, at.location.postalCode, at.location.city, at.location.timezone,
                        at.illustrative || at.location.illustrative, Schedules.input(at)))
                .toList();
        List<Integer> lines = s.sourceLineFrom == null ? null
                : List.of(s.sourceLineFrom, s.sourceLineTo == null ? s.sourceLineFrom : s.sourceLineTo);
        return new MaintainedService(s.id, s.slug,
                new org.passerelle.common.api.Refs.OrganizationRef(s.organization.id, s.organization.slug,
                        s.organization.name),
                ServiceInputs.snapshot(s), texts, places, CapacitySignal.now(s),
                new SourceView(s.sourceFile, s.sourceSection, lines, s.sourceDate),
                s.inferred.stream().sorted().toList(), s.updatedAt, s.version);
    }

    /** The services asked for, in the order asked, each once; unknown ids are listed, not an error. */
    public LookupResult lookup(List<String> idsOrSlugs, LanguageSelection languages) {
        List<String> wanted = List.copyOf(new LinkedHashSet<>(idsOrSlugs));
        List<UUID> ids = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (String key : wanted) {
            UUID id = Keys.uuidOrNull(key);
            if (id != null) {
                ids.add(id);
            } else {
                slugs.add(key);
            }
        }
        List<ServiceOffer> found = services.findByIdsOrSlugs(ids, slugs);
        Map<String, ServiceOffer> byKey = new HashMap<>();
        for (ServiceOffer service : found) {
            byKey.put(service.id.toString(), service);
            byKey.put(service.slug, service);
        }
        Taxonomy taxonomy = themes.taxonomy();
        List<ServiceView> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<UUID> included = new java.util.HashSet<>();
        for (String key : wanted) {
            UUID id = Keys.uuidOrNull(key);
            ServiceOffer service = byKey.get(id != null ? id.toString() : key);
            if (service == null) {
                missing.add(key);
            } else if (included.add(service.id)) {
                items.add(CatalogueViews.view(service, languages, taxonomy));
            }
        }
        return new LookupResult(items, missing);
    }

    static Set<String> themeFilter(String domain, String theme, Taxonomy taxonomy, FieldErrors errors) {
        Set<String> filter = null;
        if (domain != null && !domain.isBlank()) {
            if (taxonomy.hasDomain(domain.trim())) {
                filter = new LinkedHashSet<>(taxonomy.themesByDomain().get(domain.trim()));
            } else {
                errors.add("domain", "must be one of " + String.join(", ", taxonomy.themesByDomain().keySet()));
            }
        }
        if (theme != null && !theme.isBlank()) {
            if (taxonomy.hasTheme(theme.trim())) {
                // With a domain too, both must hold: the theme must be in the domain.
                Set<String> one = Set.of(theme.trim());
                filter = filter == null ? one : filter.stream().filter(one::contains).collect(Collectors.toSet());
            } else {
                errors.add("theme", "must be one of " + String.join(", ", taxonomy.themes().keySet()));
            }
        }
        return filter;
    }
}
