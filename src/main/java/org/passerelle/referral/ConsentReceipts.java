package org.passerelle.referral;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.passerelle.catalogue.Location;
import org.passerelle.catalogue.OpeningHours;
import org.passerelle.catalogue.Organization;
import org.passerelle.catalogue.OrganizationRepository;
import org.passerelle.catalogue.ServiceAtLocation;
import org.passerelle.catalogue.ServiceOffer;
import org.passerelle.catalogue.ServiceOfferRepository;
import org.passerelle.common.i18n.KioskLanguages;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.config.PasserelleConfig;

/**
 * The person's consent receipt (rule 10): what is shared, with whom, until when and how to withdraw, in
 * their language beside French, as a printable HTML page. The desk's agents only, like the case; each
 * printing is journaled. It names the fields shared, never their values, so the status and the birth
 * year are not on a paper others may see; the name is, so the person knows the receipt is theirs.
 */
@ApplicationScoped
@Transactional
public class ConsentReceipts {

    static final String LABELS = "referral/receipt-labels.json";
    static final String STYLES = "referral/consent-receipt.css";
    static final Set<String> RTL = PrintedPages.RTL;
    /** Each language by its own name, as the kiosk shows them. */
    static final Map<String, String> NATIVE = Map.of("fr", "français", "en", "English", "ar", "العربية", "fa-AF",
            "دری", "ps", "پښتو", "ti", "ትግርኛ", "uk", "українська", "ru", "русский");

    @CheckedTemplate(basePath = "referral", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance consentReceipt(Page page);
    }

    /** The page: the person's column first, then French (one column when the person reads French). */
    public record Page(String lang, String reference, String personName, List<Column> columns, String css,
            String qrSvg, String privacyUrl) {
    }

    /** One language's column; {@link #t} gives its labels. */
    public record Column(String lang, String dir, boolean first, boolean machine, Map<String, String> labels,
            String printedOn, List<String> fields, List<Recipient> recipients, String since, String until,
            DeskContact desk, List<String> consents) {

        public String t(String key) {
            return labels.getOrDefault(key, key);
        }
    }

    public record Recipient(String name, List<String> referrals) {
    }

    public record DeskContact(String name, String address, String phone, String email, List<String> hours) {
    }

    private final ReferralCases cases;
    private final AccessJournal journal;
    private final OrganizationRepository organizations;
    private final ServiceOfferRepository services;
    private final PasserelleConfig config;
    private final Retention retention;
    private final Map<String, Map<String, String>> labels;
    private final Set<String> machineTranslated;
    private final String css;
    private final String policy;

    public ConsentReceipts(ReferralCases cases, AccessJournal journal, OrganizationRepository organizations,
            ServiceOfferRepository services, PasserelleConfig config, ObjectMapper mapper, Retention retention) {
        this.retention = retention;
        this.cases = cases;
        this.journal = journal;
        this.organizations = organizations;
        this.services = services;
        this.config = config;
        PrintedPages.Labels words = PrintedPages.Labels.read(LABELS, mapper);
        this.labels = words.byLanguage();
        this.machineTranslated = words.machineTranslated();
        this.css = PrintedPages.css(STYLES);
        this.policy = PrintedPages.contentSecurityPolicy(css);
    }

    /**
     * The Content-Security-Policy of the receipt: no script at all, its one inline style by hash, fonts
     * from this server, nothing framed, no form, no base.
     */
    public String contentSecurityPolicy() {
        return policy;
    }

    /**
     * The receipt of the caller's desk's case, in {@code lang} (a kiosk language or its alias; default: the
     * language of the latest consent text, else the person's first language, else French).
     */
    public String render(UUID id, String lang, URI origin, Caller caller) {
        ReferralCase c = cases.ownCase(id, caller);
        if (c.anonymisedAt != null) {
            throw new ApiProblem(409, "case-anonymised", "Conflict",
                    "The case is anonymised: nothing about the person is left to put on a receipt.", null);
        }
        String person = lang != null ? lang : PrintedPages.personLanguage(c);
        journal.record(caller, c.id, null, "consent-receipt-read");
        String privacyUrl = origin.resolve("/kiosk/privacy").toString() + "#l=" + person;
        List<Column> columns = new ArrayList<>();
        columns.add(column(c, person, true));
        if (!"fr".equals(person)) {
            columns.add(column(c, "fr", false));
        }
        String qr = QrSvg.of(privacyUrl, labels.get(person).get("qr"));
        return Templates.consentReceipt(new Page(person, c.reference, c.personName, columns, css, qr, privacyUrl))
                .render();
    }


    private Column column(ReferralCase c, String lang, boolean first) {
        Map<String, String> words = labels.get(lang);
        Locale locale = Locale.forLanguageTag(lang);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<CaseConsent> active = c.consents.stream().filter(k -> k.withdrawnAt == null).toList();

        List<String> fields = new ArrayList<>();
        fields.add(words.get("sharedAlways"));
        c.consentedFields().stream().sorted().forEach(f -> fields.add(words.get("field." + f.code())));

        List<Recipient> recipients = new ArrayList<>();
        for (UUID org : c.consentedOrganizations()) {
            List<String> sent = c.referrals.stream().filter(r -> org.equals(r.organizationId) && r.sentAt != null)
                    .sorted(Comparator.comparing((Referral r) -> r.sentAt))
                    .map(r -> fill(words.get("sent"), "service", isolate(serviceName(r.serviceId, lang)), "date",
                            dates.format(day(r.sentAt))))
                    .toList();
            recipients.add(new Recipient(organizations.findByIdOptional(org).map(o -> o.name).orElse(org.toString()),
                    sent.isEmpty() ? List.of(words.get("noneSent")) : sent));
        }

        Instant since = active.stream().map(k -> k.recordedAt).min(Comparator.naturalOrder()).orElse(c.openedAt);
        // The coordinators' delay in force now (decision 0019): the date the person reads is the job's.
        int months = retention.policy().caseMonths();
        LocalDate erasedOn = c.lastContactAt.atZone(ReferralCases.CITY).toLocalDate().plusMonths(months);
        List<String> consents = active.stream().map(k -> fill(words.get("consentRecord"), "version", k.textVersion,
                "language", isolate(NATIVE.getOrDefault(KioskLanguages.of(k.textLang).orElse(k.textLang), k.textLang)),
                "date",
                dates.format(day(k.recordedAt)))).toList();

        return new Column(lang, RTL.contains(lang) ? "rtl" : "ltr", first, machineTranslated.contains(lang), words,
                fill(words.get("printedOn"), "date", dates.format(LocalDate.now(ReferralCases.CITY))), fields,
                recipients, fill(words.get("since"), "date", dates.format(day(since))),
                fill(words.get("until"), "months", String.valueOf(months), "date", dates.format(erasedOn)),
                desk(c.deskId, locale), consents);
    }

    /**
     * The desk's own contact (the organisation) and, when configured, its place and opening hours. The
     * configured place is one city's one-stop shop: a case opened at another desk (another town) must not
     * send the person there to withdraw, so the place is printed only for a desk of the same town.
     */
    private DeskContact desk(UUID deskId, Locale locale) {
        Organization desk = organizations.findByIdOptional(deskId).orElse(null);
        Location place = services.getEntityManager()
                .createQuery("select l from Location l where l.slug = :slug", Location.class)
                .setParameter("slug", config.desk().location()).getResultStream()
                .filter(l -> desk != null && sameTown(l.city, desk.territory.city)).findFirst().orElse(null);
        String address = place == null ? null
                : String.join(", ", Stream.of(place.address1,
                        joined(place.postalCode, place.city)).filter(Objects::nonNull).toList());
        List<String> hours = place == null ? List.of() : hours(place.slots, locale);
        return new DeskContact(desk == null ? null : desk.name, address, desk == null ? null : desk.phone,
                desk == null ? null : desk.email, hours);
    }

    static boolean sameTown(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }

    /** "lundi : 09:00–12:30, 13:30–17:00", one line per day, in the column's language. */
    static List<String> hours(List<ServiceAtLocation.Slot> slots, Locale locale) {
        LocalDate today = LocalDate.now(ReferralCases.CITY);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        Map<DayOfWeek, List<String>> byDay = new TreeMap<>();
        slots.stream().filter(s -> s.validTo == null || !s.validTo.isBefore(today))
                .sorted(Comparator.comparing((ServiceAtLocation.Slot s) -> s.opensAt))
                .forEach(s -> byDay.computeIfAbsent(OpeningHours.dayOf(s.weekday), d -> new ArrayList<>())
                        .add(time.format(s.opensAt) + "–" + time.format(s.closesAt)));
        return byDay.entrySet().stream().map(e -> e.getKey().getDisplayName(TextStyle.FULL_STANDALONE, locale) + ": "
                + String.join(", ", e.getValue())).collect(Collectors.toList());
    }

    private String serviceName(UUID id, String lang) {
        ServiceOffer service = services.findByIdOptional(id).orElse(null);
        if (service == null) {
            return "";
        }
        for (String candidate : List.of(lang, "en", "fr")) {
            ServiceOffer.Text text = service.texts.get(candidate);
            if (text != null && text.name != null) {
                return text.name;
            }
        }
        return service.slug;
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ReferralCases.CITY).toLocalDate();
    }

    private static String joined(String a, String b) {
        String s = String.join(" ", Stream.of(a, b).filter(Objects::nonNull).toList());
        return s.isEmpty() ? null : s;
    }

    static String isolate(String text) {
        return PrintedPages.isolate(text);
    }

    static String fill(String label, String... pairs) {
        return PrintedPages.fill(label, pairs);
    }
}
