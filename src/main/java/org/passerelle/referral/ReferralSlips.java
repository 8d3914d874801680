package org.passerelle.referral;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.passerelle.catalogue.Location;
import org.passerelle.catalogue.OpeningHours;
import org.passerelle.catalogue.ServiceCatalogue;
import org.passerelle.catalogue.ServiceOfferRepository;
import org.passerelle.catalogue.api.CatalogueViews;
import org.passerelle.catalogue.api.LocationView;
import org.passerelle.catalogue.api.LookupResult;
import org.passerelle.catalogue.api.ServiceView;
import org.passerelle.catalogue.api.WayInView;
import org.passerelle.catalogue.vocabulary.ContactOrigin;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.catalogue.vocabulary.TextOrigin;
import org.passerelle.common.i18n.KioskLanguages;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldErrors;
import org.passerelle.config.PasserelleConfig;
import org.passerelle.referral.api.ServiceKey;

/**
 * The referral slips (issue 17, decision 0021): what the visitor takes away, one A4 page per service, in
 * their language beside French: the service and who runs it, the way in, the places with their hours and
 * permanences, what to bring, and a QR code of the service's kiosk page. A case's slips are its live
 * referrals, journaled, for the case's desk only, with the case's reference; the public slips are the
 * same pages for services named in the request, with no reference, nothing stored and nothing journaled.
 * <p>A slip may be lost on the street: it never holds the person's name, status, birth year or any note,
 * only the reference, the service and how to get there.
 */
@ApplicationScoped
@Transactional
public class ReferralSlips {

    static final String LABELS = "referral/slip-labels.json";
    static final String STYLES = "referral/referral-slips.css";

    /** The public slips print 1 to this many services at once. */
    public static final int MAX_SERVICES = 20;
    private static final Pattern KEY = Pattern.compile(ServiceKey.PATTERN);

    // What one A4 page holds beside French (decision 0021): past these, the slip names what it left out
    // and sends the reader to the QR code, whose page has it all. The worst case at these caps fits the page
    // (measured in Chromium); a slip's box is the page's height all the same, so nothing can spill over.
    static final int MAX_PLACES = 3;
    /** Day lines of hours over all the places of a slip, the desk's included; the first place prints whole. */
    static final int MAX_DAY_LINES = 8;
    static final int MAX_CLOSURES = 1;
    static final int MAX_DOCUMENTS = 5;
    static final int NAME_CHARS = 120;
    static final int DESCRIPTION_CHARS = 180;
    static final int NOTE_CHARS = 160;
    static final int LINE_CHARS = 100;
    static final int CONTACT_CHARS = 60;

    @CheckedTemplate(basePath = "referral", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance referralSlips(Page page);
    }

    /** The page: a screen-only heading and hint, then one slip per service (or the "nothing to print" one). */
    public record Page(String lang, String dir, String heading, List<Line> hints, List<Slip> slips,
            List<Line> nothing, String css) {
    }

    /** A sentence in one language. */
    public record Line(String lang, String dir, String text, String detail) {
    }

    /** One slip: a page of its own. {@code reference} is the case's, null on a public slip. */
    public record Slip(int number, String reference, String url, String qrSvg, List<Column> columns) {
    }

    /** One language's column of a slip; {@link #t} gives its labels. */
    public record Column(String lang, String dir, boolean first, Map<String, String> labels, String printedOn,
            Text name, String organization, Text description, boolean machine, boolean closed, WayIn wayIn,
            List<Place> places, boolean illustrative, String morePlaces, boolean noPlace, List<String> documents,
            String moreDocuments) {

        public String t(String key) {
            return labels.getOrDefault(key, key);
        }
    }

    /** A text from the catalogue with the language it came in (French, in a column that has no translation). */
    public record Text(String value, String lang, String dir) {
    }

    public record WayIn(String what, boolean inferred, Text note, String phone, String email, String url,
            String fromOrganization, Place desk) {
    }

    public record Place(String name, String address, List<Day> days, List<String> closures, boolean illustrative) {
    }

    /** A day's openings; {@code how} when every one of them is the same (said once, not after each time). */
    public record Day(String name, List<Time> times, String how) {
    }

    /** An opening, "14:00–17:00", and how people come then ("walk in, interpreter available"). */
    public record Time(String range, String how) {
    }

    private final ReferralCases cases;
    private final AccessJournal journal;
    private final ServiceCatalogue catalogue;
    private final ServiceOfferRepository services;
    private final PasserelleConfig config;
    private final PrintedPages.Labels labels;
    private final String css;
    private final String policy;

    public ReferralSlips(ReferralCases cases, AccessJournal journal, ServiceCatalogue catalogue,
            ServiceOfferRepository services, PasserelleConfig config, ObjectMapper mapper) {
        this.cases = cases;
        this.journal = journal;
        this.catalogue = catalogue;
        this.services = services;
        this.config = config;
        this.labels = PrintedPages.Labels.read(LABELS, mapper);
        this.css = PrintedPages.css(STYLES);
        this.policy = PrintedPages.contentSecurityPolicy(css);
    }

    /** The slips' own policy, the consent receipt's (decision 0020): no script, the one style by hash. */
    public String contentSecurityPolicy() {
        return policy;
    }

    /**
     * The slips of the caller's desk's case: one per referral still live for the person (draft, sent,
     * accepted, in progress), in the order they were made. {@code lang}: a kiosk language, or null for the
     * receipt's default (the consent text's language, else the person's first, else French).
     */
    public String forCase(UUID id, String lang, URI origin, Caller caller) {
        ReferralCase c = cases.ownCase(id, caller);
        if (c.anonymisedAt != null) {
            throw new ApiProblem(409, "case-anonymised", "Conflict",
                    "The case is anonymised: its referrals were closed and nothing is left to print.", null);
        }
        String person = lang != null ? lang : PrintedPages.personLanguage(c);
        journal.record(caller, c.id, null, "referral-slips-read");
        List<String> keys = c.referrals.stream()
                .filter(r -> ReferralStatus.OPEN.contains(r.status) && r.accessEndedAt == null)
                .sorted(Comparator.comparing((Referral r) -> r.createdAt).thenComparing(r -> r.id))
                .map(r -> r.serviceId.toString()).toList();
        return render(keys, person, c.reference, origin);
    }

    /**
     * The public slips of the services named (UUIDs or slugs, 1 to {@value #MAX_SERVICES}), each once, in the
     * order asked: 400 with field errors for a bad list or language, 404 naming the services that do not
     * exist. Nothing about the visitor is stored or journaled: there is no person here.
     */
    public String forServices(List<String> keys, String lang, String acceptLanguage, URI origin) {
        FieldErrors errors = new FieldErrors();
        List<String> wanted = keys == null ? List.of() : keys;
        if (wanted.isEmpty()) {
            errors.add("service", "is required: 1 to " + MAX_SERVICES + " services, by UUID or slug");
        } else if (wanted.size() > MAX_SERVICES) {
            errors.add("service", "must hold at most " + MAX_SERVICES + " services");
        } else if (wanted.stream().anyMatch(k -> k == null || k.length() > ServiceKey.MAX || !KEY.matcher(k).matches())) {
            errors.add("service", "each must be a service's UUID or slug (letters, digits and hyphens, at most "
                    + ServiceKey.MAX + " characters)");
        }
        String person = null;
        if (lang != null) {
            person = KioskLanguages.of(lang).orElse(null);
            if (person == null) {
                errors.add("lang", KioskLanguages.MUST_BE_ONE);
            }
        }
        errors.throwIfAny();
        if (person == null) {
            person = browserLanguage(acceptLanguage);
        }
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(wanted));
        LookupResult found = catalogue.lookup(distinct, LanguageSelection.exactly("fr"));
        if (!found.missing().isEmpty()) {
            // The keys are what the caller sent (public slugs or ids), never anything about a person.
            throw new ApiProblem(404, "not-found", "Not found", "No service with id or slug "
                    + found.missing().stream().map(k -> "'" + k + "'").collect(Collectors.joining(", ")) + ".", null);
        }
        return render(found.items().stream().map(s -> s.id().toString()).toList(), person, null, origin);
    }

    /**
     * The browser's first kiosk language (a phone set to Arabic gets Arabic, "ar-SY" included), else French.
     * A malformed header is ignored, as for every public read.
     */
    static String browserLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return "fr";
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream().filter(r -> r.getWeight() > 0)
                    .map(r -> KioskLanguages.of(r.getRange()).or(() -> KioskLanguages.of(r.getRange().split("-")[0])))
                    .flatMap(java.util.Optional::stream).findFirst().orElse("fr");
        } catch (IllegalArgumentException e) {
            return "fr";
        }
    }

    /** One slip per service id, in order (the same service twice prints twice: two referrals, two slips). */
    private String render(List<String> serviceIds, String person, String reference, URI origin) {
        Map<String, String> words = labels.of(person);
        List<String> columns = "fr".equals(person) ? List.of("fr") : List.of(person, "fr");
        Map<String, Map<String, ServiceView>> views = new HashMap<>();
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(serviceIds));
        for (String lang : columns) {
            // The person's language where the catalogue has it, French otherwise (the other column is French).
            LanguageSelection languages = "fr".equals(lang) ? LanguageSelection.of("fr", null)
                    : LanguageSelection.exactly(lang, "fr");
            Map<String, ServiceView> byId = new LinkedHashMap<>();
            if (!distinct.isEmpty()) {
                catalogue.lookup(distinct, languages).items().forEach(v -> byId.put(v.id().toString(), v));
            }
            views.put(lang, byId);
        }
        LocationView desk = desk();
        LocalDate today = LocalDate.now(ReferralCases.CITY);
        List<Slip> slips = new ArrayList<>();
        for (String id : serviceIds) {
            ServiceView french = views.get("fr").get(id);
            if (french == null) {
                continue; // a referral's service is never deleted; should one be, its slip cannot say anything
            }
            String url = origin.resolve("/kiosk/services/" + URLEncoder.encode(french.slug(), StandardCharsets.UTF_8))
                    + "#l=" + person;
            List<Column> cols = new ArrayList<>();
            for (String lang : columns) {
                cols.add(column(views.get(lang).get(id), lang, lang.equals(person),
                        labels.machineTranslated().contains(lang), labels.of(lang), desk, today));
            }
            slips.add(new Slip(slips.size() + 1, reference, url, QrSvg.of(url, words.get("qr")), cols));
        }
        List<Line> hints = columns.stream().map(l -> new Line(l, PrintedPages.dir(l), labels.of(l).get("printHint"),
                null)).toList();
        List<Line> nothing = columns.stream().map(l -> new Line(l, PrintedPages.dir(l), labels.of(l).get("nothingTitle"),
                labels.of(l).get("nothing"))).toList();
        String heading = reference == null ? words.get("pageTitle") : words.get("pageTitle") + " – " + reference;
        return Templates.referralSlips(new Page(person, PrintedPages.dir(person), heading, hints, slips, nothing, css))
                .render();
    }

    /** The one-stop-shop desk's place and hours (passerelle.desk.location), for a slip whose way in is the desk. */
    private LocationView desk() {
        Location place = services.getEntityManager()
                .createQuery("select l from Location l where l.slug = :slug", Location.class)
                .setParameter("slug", config.desk().location()).getResultStream().findFirst().orElse(null);
        if (place == null) {
            return null;
        }
        OpeningHours.Hours hours = place.hours();
        return CatalogueViews.location(place, hours, Instant.now());
    }

    /**
     * One language's column of a slip, from the service as the public API reads it in that language; every
     * list is capped so that the slip keeps to its page (decision 0021).
     */
    static Column column(ServiceView s, String lang, boolean first, boolean machineLabels, Map<String, String> words,
            LocationView desk, LocalDate today) {
        Locale locale = Locale.forLanguageTag(lang);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        DateTimeFormatter shortDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Text name = text(PrintedPages.clip(s.name(), NAME_CHARS), s.lang(), lang);
        Text description = s.description() == null ? null
                : text(PrintedPages.clip(s.description(), DESCRIPTION_CHARS), s.lang(), lang);
        boolean machine = machineLabels || s.textOrigin() == TextOrigin.MACHINE && sameLanguage(s.lang(), lang);
        String organization = PrintedPages.fill(words.get("by"), "organization",
                PrintedPages.isolate(PrintedPages.clip(s.organization().name(), LINE_CHARS)));

        int budget = MAX_DAY_LINES;
        WayInView w = s.wayIn();
        Place deskPlace = null;
        if (w.desk() && desk != null) {
            deskPlace = place(desk, words, locale, shortDates, today);
            budget -= deskPlace.days().size();
        }
        WayIn wayIn = wayIn(w, words, lang, s.organization().name(), deskPlace);

        List<Place> places = new ArrayList<>();
        int more = 0;
        for (LocationView location : s.locations()) {
            // The first place is always printed whole (a week is at most seven lines); the others only if
            // their hours fit what is left, so no place is ever printed with some of its days missing.
            Place p = place(location, words, locale, shortDates, today);
            if (!places.isEmpty() && (places.size() >= MAX_PLACES || p.days().size() > budget)) {
                more++;
                continue;
            }
            budget -= p.days().size();
            places.add(p);
        }
        String morePlaces = more == 0 ? null : PrintedPages.fill(words.get("morePlaces"), "count",
                String.valueOf(more));
        boolean noPlace = places.isEmpty() && !w.desk() && w.contact() != null;

        List<String> all = s.requiredDocuments() == null ? List.of() : s.requiredDocuments().stream()
                .filter(Objects::nonNull).map(d -> PrintedPages.clip(d, LINE_CHARS)).toList();
        List<String> documents = all.size() <= MAX_DOCUMENTS ? all : all.subList(0, MAX_DOCUMENTS - 1);
        String moreDocuments = all.size() <= MAX_DOCUMENTS ? null : PrintedPages.fill(words.get("moreDocuments"),
                "count", String.valueOf(all.size() - documents.size()));

        return new Column(lang, PrintedPages.dir(lang), first, words,
                PrintedPages.fill(words.get("printedOn"), "date", dates.format(today)), name, organization, description,
                machine, s.status() != ServiceStatus.ACTIVE, wayIn, places,
                places.stream().anyMatch(Place::illustrative), morePlaces, noPlace, documents, moreDocuments);
    }

    private static WayIn wayIn(WayInView w, Map<String, String> words, String lang, String organization, Place desk) {
        String what = words.get("way." + w.code().code());
        Text note = w.note() == null ? null : text(PrintedPages.clip(w.note(), NOTE_CHARS), w.noteLang(), lang);
        WayInView.EffectiveContact c = w.contact();
        if (c == null) {
            return new WayIn(what, w.inferred() && !w.desk(), note, null, null, null, null, desk);
        }
        String from = c.from() == ContactOrigin.ORGANIZATION ? PrintedPages.fill(words.get("fromOrganization"),
                "organization", PrintedPages.isolate(PrintedPages.clip(organization, LINE_CHARS))) : null;
        return new WayIn(what, w.inferred() && !w.desk(), note, c.phone() == null ? null : phone(c.phone()),
                PrintedPages.clip(c.email(), CONTACT_CHARS), c.url() == null ? null
                        : PrintedPages.clip(c.url().replaceFirst("(?i)^https?://", "").replaceFirst("/$", ""),
                                CONTACT_CHARS),
                from, desk);
    }

    /** A French number as it is written in France (01 72 71 69 75), as the kiosk does; another country's as given. */
    static String phone(String e164) {
        var m = Pattern.compile("^\\+33(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})$").matcher(e164);
        return m.matches() ? "0" + m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " "
                + m.group(5) : e164;
    }

    /** A place with its hours, one line per open day in the week's order. */
    static Place place(LocationView l, Map<String, String> words, Locale locale, DateTimeFormatter dates,
            LocalDate today) {
        Map<DayOfWeek, List<Time>> byDay = new java.util.TreeMap<>();
        l.slots().stream().filter(slot -> current(slot, today))
                .sorted(Comparator.comparing(LocationView.SlotView::opensAt))
                .forEach(slot -> byDay.computeIfAbsent(OpeningHours.dayOf(slot.weekday()), d -> new ArrayList<>())
                        .add(new Time(slot.opensAt() + "–" + slot.closesAt(), how(slot, words))));
        List<Day> days = byDay.entrySet().stream().map(e -> day(e.getKey().getDisplayName(TextStyle.FULL_STANDALONE,
                locale), e.getValue())).toList();
        List<String> closures = l.closures().stream().filter(c -> !c.endsOn().isBefore(today))
                .sorted(Comparator.comparing(LocationView.ClosureView::startsOn)).limit(MAX_CLOSURES)
                .map(c -> PrintedPages.fill(words.get("closure"), "from", dates.format(c.startsOn()), "to",
                        dates.format(c.endsOn())))
                .toList();
        String address = PrintedPages.clip(PrintedPages.joined(", ", l.address1(),
                PrintedPages.joined(" ", l.postalCode(), l.city())), LINE_CHARS);
        return new Place(PrintedPages.clip(l.name(), LINE_CHARS), address, days, closures, l.illustrative());
    }

    private static Day day(String name, List<Time> times) {
        boolean same = times.size() > 1 && times.stream().map(Time::how).distinct().count() == 1;
        return same ? new Day(name, times.stream().map(t -> new Time(t.range(), null)).toList(), times.get(0).how())
                : new Day(name, times, null);
    }

    private static boolean current(LocationView.SlotView slot, LocalDate today) {
        return slot.validTo() == null || !slot.validTo().isBefore(today);
    }

    private static String how(LocationView.SlotView slot, Map<String, String> words) {
        List<String> how = new ArrayList<>();
        if (slot.walkIn()) {
            how.add(words.get("walkIn"));
        }
        if (slot.appointment()) {
            how.add(words.get("appointment"));
        }
        if (slot.interpreting()) {
            how.add(words.get("interpreting"));
        }
        return how.isEmpty() ? null : String.join(words.get("listSeparator"), how);
    }

    /** The text with its own language when it is not the column's (no translation: French stands in). */
    private static Text text(String value, String textLang, String columnLang) {
        if (value == null) {
            return null;
        }
        String lang = textLang == null ? columnLang : textLang;
        return new Text(value, lang, PrintedPages.dir(KioskLanguages.of(lang).orElse(lang)));
    }

    private static boolean sameLanguage(String a, String b) {
        return a != null && KioskLanguages.of(a).map(b::equals).orElse(false);
    }
}
