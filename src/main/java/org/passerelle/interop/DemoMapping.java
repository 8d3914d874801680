package org.passerelle.interop;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passerelle.catalogue.Initiative;
import org.passerelle.catalogue.Organization;
import org.passerelle.catalogue.ServiceOffer;
import org.passerelle.catalogue.Territory;
import org.passerelle.catalogue.vocabulary.OrganizationKind;
import org.passerelle.catalogue.vocabulary.TerritoryScope;
import org.passerelle.catalogue.vocabulary.TextOrigin;
import org.passerelle.common.text.Keys;
import org.passerelle.interop.DemoRecords.InitiativeRecord;
import org.passerelle.interop.DemoRecords.OrganizationRecord;
import org.passerelle.interop.DemoRecords.ServiceRecord;

/** Turns validated demo records into catalogue entities. Ids are v5 UUIDs of "type:slug". */
final class DemoMapping {

    private DemoMapping() {
    }

    static Organization organization(OrganizationRecord r) {
        Organization o = new Organization();
        o.id = Keys.demoId("organization", r.id());
        o.slug = r.id();
        o.name = r.name();
        o.kind = r.kind();
        o.kindNote = r.kindNote();
        o.website = r.website();
        o.territory = territory(r.territory().city(), r.territory().department(), r.territory().region(),
                r.territory().country(), null, null);
        o.department = r.territory().department();
        o.territoryNote = r.territory().note();
        o.sourceFile = r.source();
        return o;
    }

    /** An initiatives.json entry that is itself the organisation running services (e.g. la-cimade). */
    static Organization organization(InitiativeRecord r) {
        Organization o = new Organization();
        o.id = Keys.demoId("organization", r.id());
        o.slug = r.id();
        o.name = r.organization() == null || r.organization().isBlank() ? r.name() : r.organization();
        o.kind = r.organizationKind() == null ? OrganizationKind.OTHER : r.organizationKind();
        o.website = r.website();
        o.territory = territory(r.territory().city(), null, r.territory().region(), r.territory().country(), null,
                null);
        o.sourceFile = r.source().file();
        o.sourceSection = r.source().section();
        putIfPresent(o.descriptions, "fr", r.summaryFr());
        putIfPresent(o.descriptions, "en", r.summaryEn());
        return o;
    }

    /**
     * The first part is the initiatives.json entry, whose id, name, summary and territory are kept; the
     * others (file 002 duplicates) add their themes, publics, partners, results and source.
     */
    static Initiative initiative(List<InitiativeRecord> parts, Organization operator, Map<String, LocalDate> dates) {
        InitiativeRecord main = parts.get(0);
        Initiative i = new Initiative();
        i.id = Keys.demoId("initiative", main.id());
        i.slug = main.id();
        i.name = main.name();
        i.operatorName = main.organization();
        i.operatorKind = main.organizationKind();
        i.organization = operator;
        i.territory = territory(main.territory().city(), null, main.territory().region(), main.territory().country(),
                null, null);
        if (main.summaryFr() != null && !main.summaryFr().isBlank()) {
            i.texts.put("fr", new Initiative.Text(main.summaryFr(), null, TextOrigin.SOURCE));
        }
        if (main.summaryEn() != null && !main.summaryEn().isBlank()) {
            i.texts.put("en", new Initiative.Text(main.summaryEn(), null, TextOrigin.SOURCE));
        }
        for (InitiativeRecord part : parts) {
            i.website = i.website != null ? i.website : part.website();
            i.startYear = i.startYear != null ? i.startYear : part.startYear();
            addAll(i.themes, part.themes());
            addAll(i.publics, part.publics());
            for (String partner : nullSafe(part.partners())) {
                if (!i.partners.contains(partner)) {
                    i.partners.add(partner);
                }
            }
            LocalDate date = dates.get(part.source().file());
            for (String text : nullSafe(part.results())) {
                Initiative.Result result = new Initiative.Result();
                result.text = text;
                result.sourceFile = part.source().file();
                result.sourceDate = date;
                i.results.add(result);
            }
            Initiative.Source source = new Initiative.Source();
            source.file = part.source().file();
            source.section = part.source().section();
            source.date = date;
            i.sources.add(source);
        }
        return i;
    }

    static ServiceOffer service(ServiceRecord r, Organization organization, Initiative initiative) {
        ServiceOffer s = new ServiceOffer();
        s.id = Keys.demoId("service", r.id());
        s.slug = r.id();
        s.organization = organization;
        s.initiative = initiative;
        s.status = r.status();
        s.lifecycle = r.lifecycle();
        for (String lang : r.name().keySet()) {
            String description = r.description() == null ? null : r.description().get(lang);
            s.texts.put(lang, new ServiceOffer.Text(r.name().get(lang), description));
        }
        s.primaryTheme = r.primaryTheme();
        addAll(s.themes, r.themes());
        addAll(s.audience, r.audience());

        var e = r.eligibility();
        addAll(s.residenceStatuses, e.statuses());
        s.minAge = e.minAge();
        s.maxAge = e.maxAge();
        s.minCefr = e.minCefr();
        s.maxCefr = e.maxCefr();
        s.targetCefr = e.targetCefr();
        addAll(s.genders, e.genders());
        s.household = e.household();
        addAll(s.specialCriteria, e.specialCriteria());

        var a = r.access();
        s.accessMode = a.mode();
        if (a.committeeFrequencyWeeks() != null) {
            s.committeeMinWeeks = a.committeeFrequencyWeeks().min();
            s.committeeMaxWeeks = a.committeeFrequencyWeeks().max();
        }
        addAll(s.referrerKinds, a.referrerKinds());

        if (r.cost() != null) {
            s.costFree = r.cost().free();
            s.costNote = r.cost().note();
        }
        addAll(s.languagesSpoken, r.languagesSpoken());
        addAll(s.channels, r.channels());
        s.durationDays = r.durationDays();
        s.durationNote = r.durationNote();
        if (r.capacity() != null) {
            s.capacityPlaces = r.capacity().places();
            s.capacityPeriod = r.capacity().period();
            s.capacityWaitingList = r.capacity().waitingList();
            s.capacityNote = r.capacity().note();
        }

        var t = r.territory();
        s.territory = territory(t.city(), t.department(), t.region(), t.country(), t.scope(), t.scopeNote());
        s.department = t.department();
        s.latitude = t.lat();
        s.longitude = t.lon();
        s.territoryNote = t.note();
        addAll(s.crossBorderCountries, t.crossBorderCountries());

        for (var in : nullSafe(r.indicators())) {
            ServiceOffer.Indicator indicator = new ServiceOffer.Indicator();
            indicator.label = in.label();
            indicator.value = in.value();
            indicator.unit = in.unit();
            indicator.population = in.population();
            indicator.periodEnd = in.periodEnd();
            indicator.dateBasis = in.dateBasis();
            indicator.offsetMonths = in.offsetMonths();
            s.indicators.add(indicator);
        }
        s.sourceDate = r.sourceDate();
        s.sourceFile = r.source().file();
        s.sourceSection = r.source().section();
        List<Integer> lines = nullSafe(r.source().lines());
        if (!lines.isEmpty()) {
            s.sourceLineFrom = lines.get(0);
            s.sourceLineTo = lines.get(lines.size() - 1);
        }
        addAll(s.inferred, r.inferred());
        s.curatorNote = r.curatorNotes();
        return s;
    }

    static org.passerelle.catalogue.Location location(OneStopShopRecord shop) {
        var r = shop.location();
        org.passerelle.catalogue.Location l = new org.passerelle.catalogue.Location();
        l.id = Keys.demoId("location", r.id());
        l.slug = r.id();
        l.name = r.name();
        l.address1 = r.address1();
        l.postalCode = r.postalCode();
        l.city = r.city();
        l.region = r.region();
        l.country = r.country();
        l.latitude = r.latitude();
        l.longitude = r.longitude();
        l.timezone = java.time.ZoneId.of(r.timezone()).getId();
        l.accessibilityNote = r.accessibilityNote();
        l.illustrative = shop.illustrative();
        l.sourceNote = shop.source();
        for (OneStopShopRecord.SlotRecord h : nullSafe(r.hours())) {
            l.slots.add(slot(h));
        }
        for (OneStopShopRecord.ClosureRecord c : nullSafe(shop.closures())) {
            l.closures.add(closure(c));
        }
        return l;
    }

    static org.passerelle.catalogue.ServiceAtLocation permanence(OneStopShopRecord shop,
            org.passerelle.catalogue.Location location, ServiceOffer service, OneStopShopRecord.PermanenceRecord p) {
        var at = new org.passerelle.catalogue.ServiceAtLocation();
        at.id = Keys.demoId("service-at-location", location.slug + ":" + service.slug);
        at.service = service;
        at.location = location;
        at.illustrative = shop.illustrative();
        at.note = shop.illustrative() ? "Example hours (illustrative), not from the sources." : null;
        for (OneStopShopRecord.SlotRecord r : p.slots()) {
            at.slots.add(slot(r));
        }
        for (OneStopShopRecord.ClosureRecord r : nullSafe(shop.closures())) {
            at.closures.add(closure(r));
        }
        return at;
    }

    private static org.passerelle.catalogue.ServiceAtLocation.Slot slot(OneStopShopRecord.SlotRecord r) {
        var slot = new org.passerelle.catalogue.ServiceAtLocation.Slot();
        slot.weekday = r.weekday();
        slot.opensAt = r.opensAt();
        slot.closesAt = r.closesAt();
        slot.validFrom = r.validFrom();
        slot.validTo = r.validTo();
        slot.walkIn = r.walkIn();
        slot.appointment = r.appointment();
        slot.interpreting = r.interpreting();
        return slot;
    }

    private static org.passerelle.catalogue.ServiceAtLocation.Closure closure(OneStopShopRecord.ClosureRecord r) {
        var closure = new org.passerelle.catalogue.ServiceAtLocation.Closure();
        closure.startsOn = r.startsOn();
        closure.endsOn = r.endsOn();
        closure.reason = r.reason();
        return closure;
    }

    /**
     * The place as the data gives it, and its scope: the services' files state one on every record;
     * organisations and initiatives have none, so theirs is derived (local with a place, else unknown).
     */
    private static Territory territory(String city, String department, String region, String country,
            TerritoryScope scope, String scopeNote) {
        Territory t = new Territory();
        t.set(city, department, region, country, scope, scopeNote);
        return t;
    }

    private static void putIfPresent(Map<String, String> map, String lang, String text) {
        if (text != null && !text.isBlank()) {
            map.put(lang, text);
        }
    }

    private static <T> void addAll(Set<T> target, Collection<T> values) {
        if (values != null) {
            target.addAll(values);
        }
    }

    private static <T> List<T> nullSafe(List<T> values) {
        return values == null ? List.of() : values;
    }
}
