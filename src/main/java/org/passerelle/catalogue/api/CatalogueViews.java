package org.passerelle.catalogue.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.passerelle.catalogue.Initiative;
import org.passerelle.catalogue.KioskDomain;
import org.passerelle.catalogue.OpeningHours;
import org.passerelle.catalogue.Organization;
import org.passerelle.catalogue.ServiceAtLocation;
import org.passerelle.catalogue.ServiceOffer;
import org.passerelle.catalogue.Taxonomy;
import org.passerelle.catalogue.Territory;
import org.passerelle.catalogue.WayIns;
import org.passerelle.catalogue.Theme;
import org.passerelle.catalogue.vocabulary.TextOrigin;
import org.passerelle.common.api.Refs;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.i18n.Localized;

/** Maps catalogue entities to API records in the request's languages. Entities never leave the server. */
public final class CatalogueViews {

    private CatalogueViews() {
    }

    public static ServiceSummary summary(ServiceOffer s, LanguageSelection languages, Taxonomy taxonomy) {
        Localized<ServiceOffer.Text> text = text(s, languages);
        return new ServiceSummary(s.id, s.slug, text.value().name, text.lang(), origin(text), s.status, s.primaryTheme,
                sorted(s.themes), taxonomy.domainsOf(s.themes), ref(s.organization), s.accessMode,
                territory(s), s.updatedAt, s.version);
    }

    public static ServiceView view(ServiceOffer s, LanguageSelection languages, Taxonomy taxonomy) {
        Localized<ServiceOffer.Text> text = text(s, languages);
        var eligibility = new ServiceView.Eligibility(nullIfEmpty(sorted(s.residenceStatuses)), s.minAge, s.maxAge,
                s.minCefr, s.maxCefr, s.targetCefr, nullIfEmpty(sorted(s.genders)), s.household,
                sorted(s.specialCriteria));
        var committee = s.committeeMinWeeks == null ? null
                : new ServiceView.WeeksRange(s.committeeMinWeeks,
                        s.committeeMaxWeeks == null ? s.committeeMinWeeks : s.committeeMaxWeeks);
        var access = new ServiceView.Access(s.accessMode, committee, sorted(s.referrerKinds));
        boolean noCapacity = s.capacityPlaces == null && s.capacityPeriod == null && s.capacityWaitingList == null
                && s.capacityWaitDays == null && s.capacityNote == null;
        var capacity = noCapacity ? null : new ServiceView.Capacity(s.capacityPlaces, s.capacityPeriod,
                s.capacityWaitingList, s.capacityWaitDays, s.capacityNote);
        List<ServiceView.Indicator> indicators = s.indicators.stream()
                .map(i -> new ServiceView.Indicator(i.label, i.value, i.unit, i.population, i.periodEnd, i.dateBasis,
                        i.offsetMonths))
                .toList();
        List<Integer> lines = s.sourceLineFrom == null ? null : List.of(s.sourceLineFrom,
                s.sourceLineTo == null ? s.sourceLineFrom : s.sourceLineTo);
        return new ServiceView(s.id, s.slug, text.value().name, text.value().description, text.lang(), origin(text),
                s.status,
                s.lifecycle, sorted(s.audience), s.primaryTheme, sorted(s.themes), taxonomy.domainsOf(s.themes),
                ref(s.organization), s.initiative == null ? null
                        : new Refs.InitiativeRef(s.initiative.id, s.initiative.slug, s.initiative.name),
                eligibility, access, new ServiceView.Cost(s.costFree, s.costNote),
                nullIfEmpty(sorted(s.languagesSpoken)),
                nullIfEmpty(s.documentsByPosition().stream().map(languages::text).toList()),
                nullIfEmpty(sorted(s.channels)), s.durationDays,
                s.durationNote, capacity, org.passerelle.catalogue.CapacitySignal.now(s), territory(s), indicators,
                new SourceView(s.sourceFile, s.sourceSection, lines, s.sourceDate), sorted(s.inferred),
                s.curatorNote, s.locations.stream().sorted(java.util.Comparator.comparing(at -> at.location.slug))
                        .map(CatalogueViews::location).toList(),
                s.hasContact() ? new ContactView(s.contactPhone, s.contactEmail, s.contactUrl) : null,
                WayIns.view(WayIns.resolve(s), languages, java.time.Instant.now()), s.updatedAt, s.version);
    }

    private static final java.time.format.DateTimeFormatter HH_MM = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    public static LocationView location(ServiceAtLocation at) {
        return location(at.location, at.hours(), java.time.Instant.now());
    }

    /** A place with the given hours (a service's permanences there, or the place's own: the desk's). */
    public static LocationView location(org.passerelle.catalogue.Location l, OpeningHours.Hours hours,
            java.time.Instant now) {
        var until = hours.openUntil(now);
        return new LocationView(l.id, l.slug, l.name, l.address1, l.postalCode, l.city, l.country, l.latitude,
                l.longitude, l.timezone, l.accessibilityNote, hours.illustrative(), until.isPresent(),
                until.map(HH_MM::format).orElse(null), OpeningHours.osm(hours.slots()),
                hours.slots().stream().map(x -> new LocationView.SlotView(x.weekday(), HH_MM.format(x.opensAt()),
                        HH_MM.format(x.closesAt()), x.validFrom(), x.validTo(), x.walkIn(), x.appointment(),
                        x.interpreting())).toList(),
                hours.closures().stream().map(c -> new LocationView.ClosureView(c.startsOn(), c.endsOn(), c.reason()))
                        .toList());
    }

    public static OrganizationSummary summary(Organization o, int activeServices) {
        return new OrganizationSummary(o.id, o.slug, o.name, o.kind, territory(o), activeServices, o.updatedAt,
                o.version);
    }

    public static OrganizationView view(Organization o, List<ServiceSummary> services, LanguageSelection languages) {
        Optional<Localized<String>> description = languages.pick(o.descriptions);
        return new OrganizationView(o.id, o.slug, o.name, o.kind, o.kindNote,
                description.map(Localized::value).orElse(null), description.map(Localized::lang).orElse(null),
                o.website, o.email, o.phone, territory(o), new SourceView(o.sourceFile, o.sourceSection, null, null),
                services, o.updatedAt, o.version);
    }

    public static InitiativeSummary summary(Initiative i, LanguageSelection languages) {
        Optional<Localized<Initiative.Text>> text = languages.pick(i.texts);
        return new InitiativeSummary(i.id, i.slug, name(i, text), text.map(t -> t.value().summary).orElse(null),
                text.map(Localized::lang).orElse(null), text.map(t -> t.value().origin).orElse(null), i.operatorName,
                sorted(i.themes), sorted(i.publics),
                territory(i.territory, null, null, null, null, null), i.updatedAt, i.version);
    }

    public static InitiativeView view(Initiative i, List<ServiceSummary> services, LanguageSelection languages) {
        Optional<Localized<Initiative.Text>> text = languages.pick(i.texts);
        return new InitiativeView(i.id, i.slug, name(i, text), text.map(t -> t.value().summary).orElse(null),
                text.map(Localized::lang).orElse(null), text.map(t -> t.value().origin).orElse(null), i.operatorName,
                i.operatorKind,
                i.organization == null ? null : ref(i.organization), i.website, i.startYear, sorted(i.themes),
                sorted(i.publics), List.copyOf(i.partners),
                i.results.stream().map(r -> new InitiativeView.Result(r.text, r.sourceFile, r.sourceDate)).toList(),
                territory(i.territory, null, null, null, null, null),
                i.sources.stream().map(src -> new SourceView(src.file, src.section, null, src.date)).toList(),
                services, i.updatedAt, i.version);
    }

    public static ThemesView themes(List<KioskDomain> domains, LanguageSelection languages) {
        return new ThemesView(domains.stream().map(d -> {
            Localized<String> label = label(d.labels, d.code, languages);
            List<ThemesView.ThemeView> themes = d.themes.stream().map(t -> theme(t, languages)).toList();
            return new ThemesView.DomainView(d.code, label.value(), label.lang(), d.icon, themes);
        }).toList());
    }

    private static ThemesView.ThemeView theme(Theme t, LanguageSelection languages) {
        Localized<String> label = label(t.labels, t.code, languages);
        return new ThemesView.ThemeView(t.code, label.value(), label.lang());
    }

    private static Localized<String> label(Map<String, String> labels, String code, LanguageSelection languages) {
        return languages.pick(labels).orElse(new Localized<>(code, null));
    }

    /** The name in the summary's language when a translation gives one, else the source's name. */
    private static String name(Initiative i, Optional<Localized<Initiative.Text>> text) {
        return text.map(t -> t.value().name).filter(n -> !n.isBlank()).orElse(i.name);
    }

    /** Where the text served comes from; null when the service has no text at all. */
    private static TextOrigin origin(Localized<ServiceOffer.Text> text) {
        return text.lang() == null ? null : text.value().origin;
    }

    private static Localized<ServiceOffer.Text> text(ServiceOffer s, LanguageSelection languages) {
        return languages.pick(s.texts).orElse(new Localized<>(new ServiceOffer.Text(s.slug, null), null));
    }

    private static Refs.OrganizationRef ref(Organization o) {
        return new Refs.OrganizationRef(o.id, o.slug, o.name);
    }

    private static TerritoryView territory(ServiceOffer s) {
        return territory(s.territory, s.department, s.latitude, s.longitude, s.territoryNote,
                sorted(s.crossBorderCountries));
    }

    private static TerritoryView territory(Organization o) {
        return territory(o.territory, o.department, null, null, o.territoryNote, null);
    }

    private static TerritoryView territory(Territory t, String department, Double lat, Double lon, String note,
            List<String> crossBorder) {
        return new TerritoryView(t.city, department, t.region, t.country, lat, lon, note, t.scope, t.scopeNote,
                crossBorder == null || crossBorder.isEmpty() ? null : crossBorder);
    }

    /** Sets have no order in the database; sort so the JSON, and so the ETag, is stable. */
    private static <T extends Comparable<? super T>> List<T> sorted(Collection<T> values) {
        return values.stream().sorted().collect(Collectors.toList());
    }

    private static <T> List<T> nullIfEmpty(List<T> values) {
        return values.isEmpty() ? null : values;
    }
}
