package org.passerelle.catalogue;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.passerelle.catalogue.api.WayInView;
import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.Channel;
import org.passerelle.catalogue.vocabulary.ContactOrigin;
import org.passerelle.catalogue.vocabulary.WayIn;
import org.passerelle.catalogue.vocabulary.WayInCode;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.i18n.Localized;

/**
 * Works out how a person gets into a service (docs/architecture.md §9, the way in), so no offer ends in a
 * dead end:
 * <ul>
 * <li>the contact is the service's own channels, else its organisation's (whole, so a screen can say whose
 * it is), never a person's;</li>
 * <li>the way in is the one the organisation states, when it gives the channel for it (a phone to call, an
 * e-mail to write to, a website, a place or a note saying where to come);</li>
 * <li>otherwise Passerelle works one out, flagged as inferred: come when the service holds hours at a
 * known place; ask the desk to refer you when a professional or a committee must send the person; else
 * the channel there is (the website for an online service, the phone for a phone service, then phone,
 * e-mail, website);</li>
 * <li>with none of these, ask at the one-stop-shop desk.</li>
 * </ul>
 * {@link #resolve} depends on the records only, so routing computes it once per snapshot; {@link #view}
 * picks the note's language and says whether the place is open now.
 */
public final class WayIns {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** A place where the service holds hours, detached from the database. */
    public record Place(String name, String address1, String postalCode, String city, boolean illustrative,
            OpeningHours.Hours hours) {
    }

    /** The way in of one service, in every language. */
    public record Resolved(WayInCode code, boolean inferred, Map<String, String> notes,
            WayInView.EffectiveContact contact, Place place) {

        /** Whether the one-stop-shop desk is the way in. */
        public boolean desk() {
            return code == WayInCode.ASK_THE_DESK_TO_REFER_YOU || code == WayInCode.ASK_AT_THE_DESK;
        }
    }

    private WayIns() {
    }

    /** Needs the service's organisation and locations loaded (inside a transaction). */
    public static Resolved resolve(ServiceOffer s) {
        WayInView.EffectiveContact contact = contact(s);
        Place place = place(s).orElse(null);
        Map<String, String> notes = Map.copyOf(new TreeMap<>(s.wayInNotes));
        if (s.wayIn != null) {
            boolean curated = s.inferred.stream().anyMatch(path -> path.startsWith("wayIn"));
            if (usable(s.wayIn, contact, place, !notes.isEmpty())) {
                return new Resolved(WayInCode.of(s.wayIn), curated, notes, contact, place);
            }
            // Stated, but the channel it needs is gone (the organisation's phone was removed, say).
            return new Resolved(WayInCode.ASK_AT_THE_DESK, true, notes, contact, place);
        }
        return new Resolved(derive(s, contact, place), true, notes, contact, place);
    }

    /** The way in as a screen shows it, in the request's languages, open now or not at {@code now}. */
    public static WayInView view(Resolved r, LanguageSelection languages, Instant now) {
        Optional<Localized<String>> note = languages.pick(r.notes());
        WayInView.Place place = null;
        if (r.place() != null) {
            Place p = r.place();
            var until = p.hours().openUntil(now);
            place = new WayInView.Place(p.name(), p.address1(), p.postalCode(), p.city(), p.illustrative(),
                    until.isPresent(), until.map(HH_MM::format).orElse(null), OpeningHours.osm(p.hours().slots()));
        }
        return new WayInView(r.code(), r.inferred(), note.map(Localized::value).orElse(null),
                note.map(Localized::lang).orElse(null), r.contact(), place, r.desk());
    }

    /** The service's own channels, else its organisation's, else none. */
    static WayInView.EffectiveContact contact(ServiceOffer s) {
        if (s.hasContact()) {
            return new WayInView.EffectiveContact(s.contactPhone, s.contactEmail, s.contactUrl, ContactOrigin.SERVICE);
        }
        Organization o = s.organization;
        if (o != null && (o.phone != null || o.email != null || o.website != null)) {
            return new WayInView.EffectiveContact(o.phone, o.email, o.website, ContactOrigin.ORGANIZATION);
        }
        return null;
    }

    /** The first place (by slug, so it does not move between reads) that has an address or a town. */
    static Optional<Place> place(ServiceOffer s) {
        return s.locations.stream()
                .filter(at -> at.location.address1 != null || at.location.city != null)
                .min(Comparator.comparing(at -> at.location.slug))
                .map(at -> new Place(at.location.name, at.location.address1, at.location.postalCode,
                        at.location.city, at.illustrative || at.location.illustrative, at.hours()));
    }

    /** Whether a stated way in has what it needs: a channel, or for "come" a place or a note saying where. */
    public static boolean usable(WayIn wayIn, WayInView.EffectiveContact contact, Place place, boolean hasNote) {
        return switch (wayIn) {
            case COME -> place != null || hasNote;
            case CALL -> contact != null && contact.phone() != null;
            case WRITE -> contact != null && contact.email() != null;
            case ONLINE -> contact != null && contact.url() != null;
            case ASK_THE_DESK_TO_REFER_YOU -> true;
        };
    }

    private static WayInCode derive(ServiceOffer s, WayInView.EffectiveContact contact, Place place) {
        if (place != null) {
            return WayInCode.COME;
        }
        if (s.accessMode == AccessMode.PROFESSIONAL_REFERRAL || s.accessMode == AccessMode.COMMITTEE) {
            return WayInCode.ASK_THE_DESK_TO_REFER_YOU;
        }
        if (contact == null) {
            return WayInCode.ASK_AT_THE_DESK;
        }
        if (s.channels.contains(Channel.ONLINE) && contact.url() != null) {
            return WayInCode.ONLINE;
        }
        if (contact.phone() != null) {
            return WayInCode.CALL;
        }
        if (contact.email() != null) {
            return WayInCode.WRITE;
        }
        return WayInCode.ONLINE;
    }
}
