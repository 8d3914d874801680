package org.passerelle.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.passerelle.catalogue.api.ServiceInput;
import org.passerelle.catalogue.api.ServiceView;
import org.passerelle.catalogue.vocabulary.TextOrigin;
import org.passerelle.common.problem.FieldErrors;

/** Moves the maintained fields of a service between the entity and {@link ServiceInput}. */
final class ServiceInputs {

    private ServiceInputs() {
    }

    /** The maintained state of a service: what an audit event keeps and a revert restores. */
    static ServiceInput snapshot(ServiceOffer s) {
        Map<String, String> names = new TreeMap<>();
        Map<String, String> descriptions = new TreeMap<>();
        s.texts.forEach((lang, text) -> {
            names.put(lang, text.name);
            if (text.description != null) {
                descriptions.put(lang, text.description);
            }
        });
        return new ServiceInput(s.slug, names, descriptions, s.status, sorted(s.themes), s.primaryTheme,
                sorted(s.audience),
                new ServiceInput.Eligibility(nullIfEmpty(sorted(s.residenceStatuses)), s.minAge, s.maxAge, s.minCefr,
                        s.maxCefr, s.targetCefr, nullIfEmpty(sorted(s.genders)), s.household,
                        sorted(s.specialCriteria)),
                new ServiceInput.Access(s.accessMode, s.committeeMinWeeks == null ? null
                        : new ServiceView.WeeksRange(s.committeeMinWeeks,
                                s.committeeMaxWeeks == null ? s.committeeMinWeeks : s.committeeMaxWeeks),
                        sorted(s.referrerKinds)),
                new ServiceInput.Cost(s.costFree, s.costNote),
                nullIfEmpty(sorted(s.languagesSpoken)), nullIfEmpty(s.documentsByPosition()),
                nullIfEmpty(sorted(s.channels)), s.durationDays, s.durationNote,
                s.capacityPlaces == null && s.capacityPeriod == null && s.capacityWaitingList == null
                        && s.capacityWaitDays == null && s.capacityNote == null ? null
                                : new ServiceInput.Capacity(s.capacityPlaces, s.capacityPeriod, s.capacityWaitingList,
                                        s.capacityWaitDays, s.capacityNote),
                new ServiceInput.Territory(s.territory.city, s.department, s.territory.region, s.territory.country,
                        s.latitude, s.longitude, s.territoryNote, s.territory.scope, s.territory.scopeNote),
                s.hasContact() ? new ServiceInput.Contact(s.contactPhone, s.contactEmail, s.contactUrl) : null,
                s.wayIn == null ? null
                        : new ServiceInput.WayInInput(s.wayIn, s.wayInNotes.isEmpty() ? null : new TreeMap<>(s.wayInNotes)));
    }

    /**
     * Rules that span fields or need the taxonomy and the organisation; Bean Validation has checked each
     * field alone. A stated way in needs its channel: the service's own, or its organisation's.
     */
    static void validate(ServiceInput in, Taxonomy taxonomy, Organization organization, boolean hasPlace,
            FieldErrors errors) {
        for (int i = 0; i < in.themes().size(); i++) {
            if (!taxonomy.hasTheme(in.themes().get(i))) {
                errors.add("themes[" + i + "]", "must be one of " + String.join(", ", taxonomy.themes().keySet()));
            }
        }
        if (!in.themes().contains(in.primaryTheme())) {
            errors.add("primaryTheme", "must be one of themes");
        }
        var e = in.eligibility();
        if (e.minAge() != null && e.maxAge() != null && e.minAge() > e.maxAge()) {
            errors.add("eligibility.maxAge", "must not be below minAge");
        }
        if (e.minCefr() != null && e.maxCefr() != null && e.minCefr().compareTo(e.maxCefr()) > 0) {
            errors.add("eligibility.maxCefr", "must not be below minCefr");
        }
        var weeks = in.access().committeeFrequencyWeeks();
        if (weeks != null && (weeks.min() < 0 || weeks.max() < weeks.min())) {
            errors.add("access.committeeFrequencyWeeks", "must be a range with 0 <= min <= max");
        }
        if ((in.territory().latitude() == null) != (in.territory().longitude() == null)) {
            errors.add("territory.longitude", "latitude and longitude go together");
        }
        Territory.check(in.territory().scope(), in.territory().hasPlace(), "territory.scope", errors);
        if (in.wayIn() != null && in.wayIn().code() != null) {
            ServiceOffer probe = new ServiceOffer();
            probe.organization = organization;
            if (in.contact() != null) {
                probe.contactPhone = in.contact().phone();
                probe.contactEmail = in.contact().email();
                probe.contactUrl = in.contact().url();
            }
            boolean hasNote = in.wayIn().note() != null && !in.wayIn().note().isEmpty();
            // A partner cannot give a place through the API yet: without one, "come" says where in its note.
            if (!(hasPlace && in.wayIn().code() == org.passerelle.catalogue.vocabulary.WayIn.COME)
                    && !WayIns.usable(in.wayIn().code(), WayIns.contact(probe), null, hasNote)) {
                errors.add("wayIn.code", switch (in.wayIn().code()) {
                    case COME -> "come needs a place, or wayIn.note saying where to come";
                    case CALL -> "call needs a phone: contact.phone, or the organisation's";
                    case WRITE -> "write needs an e-mail: contact.email, or the organisation's";
                    case ONLINE -> "online needs a website: contact.url, or the organisation's";
                    case ASK_THE_DESK_TO_REFER_YOU -> "is not accepted here";
                });
            }
        }
    }

    /**
     * Sets the maintained fields. A text whose words are unchanged keeps its provenance (a machine
     * translation sent back as it was is still one); a new or changed text is the organisation's own.
     */
    static void apply(ServiceInput in, ServiceOffer s) {
        Map<String, ServiceOffer.Text> previous = new java.util.HashMap<>(s.texts);
        s.texts.clear();
        in.name().forEach((lang, name) -> {
            String description = in.description() == null ? null : in.description().get(lang);
            ServiceOffer.Text old = previous.get(lang);
            s.texts.put(lang, old != null && old.sameWords(name, description)
                    ? new ServiceOffer.Text(name, description, old.origin, old.reviewedBy, old.reviewedOn)
                    : new ServiceOffer.Text(name, description));
        });
        s.status = in.status();
        replace(s.themes, in.themes());
        s.primaryTheme = in.primaryTheme();
        replace(s.audience, in.audience());
        var e = in.eligibility();
        replace(s.residenceStatuses, e.statuses());
        s.minAge = e.minAge();
        s.maxAge = e.maxAge();
        s.minCefr = e.minCefr();
        s.maxCefr = e.maxCefr();
        s.targetCefr = e.targetCefr();
        replace(s.genders, e.genders());
        s.household = e.household();
        replace(s.specialCriteria, e.specialCriteria());
        var a = in.access();
        s.accessMode = a.mode();
        s.committeeMinWeeks = a.committeeFrequencyWeeks() == null ? null : a.committeeFrequencyWeeks().min();
        s.committeeMaxWeeks = a.committeeFrequencyWeeks() == null ? null : a.committeeFrequencyWeeks().max();
        replace(s.referrerKinds, a.referrerKinds());
        s.costFree = in.cost() == null ? null : in.cost().free();
        s.costNote = in.cost() == null ? null : in.cost().note();
        replace(s.languagesSpoken, in.languagesSpoken());
        s.requiredDocuments.clear();
        if (in.requiredDocuments() != null) {
            for (int i = 0; i < in.requiredDocuments().size(); i++) {
                int position = i;
                in.requiredDocuments().get(i).forEach((lang, label) -> s.requiredDocuments.add(
                        new ServiceOffer.RequiredDocument(position, lang, label)));
            }
        }
        replace(s.channels, in.channels());
        s.durationDays = in.durationDays();
        s.durationNote = in.durationNote();
        var c = in.capacity();
        s.capacityPlaces = c == null ? null : c.places();
        s.capacityPeriod = c == null ? null : c.period();
        s.capacityWaitingList = c == null ? null : c.waitingList();
        s.capacityWaitDays = c == null ? null : c.currentWaitDays();
        s.capacityNote = c == null ? null : c.note();
        var t = in.territory();
        s.territory.set(t.city(), t.department(), t.region(), t.country(), t.scope(), t.scopeNote());
        s.department = Territory.blankToNull(t.department());
        s.latitude = t.latitude();
        s.longitude = t.longitude();
        s.territoryNote = t.note();
        var contact = in.contact();
        s.contactPhone = contact == null ? null : contact.phone();
        s.contactEmail = contact == null ? null : contact.email();
        s.contactUrl = contact == null ? null : contact.url();
        s.wayIn = in.wayIn() == null ? null : in.wayIn().code();
        s.wayInNotes.clear();
        if (in.wayIn() != null && in.wayIn().note() != null) {
            s.wayInNotes.putAll(in.wayIn().note());
        }
        // The organisation now vouches for these fields: none of them is a deduction any more.
        s.inferred.clear();
    }

    /** Where the texts that are not the source's come from, by language; null when all are the source's. */
    static Map<String, TextProvenance> textProvenance(ServiceOffer s) {
        Map<String, TextProvenance> provenance = new TreeMap<>();
        s.texts.forEach((lang, text) -> {
            if (text.origin != TextOrigin.SOURCE) {
                provenance.put(lang, text.provenance());
            }
        });
        return provenance.isEmpty() ? null : provenance;
    }

    /** Gives each text the provenance kept for its language, or the source's when none was kept. */
    static void restoreTextProvenance(Map<String, TextProvenance> provenance, ServiceOffer s) {
        s.texts.replaceAll((lang, text) -> {
            TextProvenance kept = provenance.getOrDefault(lang, TextProvenance.SOURCE);
            return new ServiceOffer.Text(text.name, text.description,
                    kept.origin() == null ? TextOrigin.SOURCE : kept.origin(), kept.reviewedBy(), kept.reviewedOn());
        });
    }

    private static <T> void replace(Set<T> target, Collection<T> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    private static <T extends Comparable<? super T>> List<T> sorted(Collection<T> values) {
        List<T> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }

    private static <T> List<T> nullIfEmpty(List<T> values) {
        return values.isEmpty() ? null : values;
    }
}
