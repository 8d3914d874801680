package org.passerelle.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.passerelle.catalogue.api.LocationView;
import org.passerelle.catalogue.api.ServiceView;
import org.passerelle.catalogue.api.WayInView;
import org.passerelle.catalogue.vocabulary.ContactOrigin;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.catalogue.vocabulary.TextOrigin;
import org.passerelle.catalogue.vocabulary.WayInCode;
import org.passerelle.common.api.Refs;
import org.passerelle.common.i18n.KioskLanguages;

/**
 * What one slip's column holds, without the app: the caps that keep a slip to its A4 page (decision 0021),
 * the text that falls back to French saying so, the way in, and labels complete in every kiosk language.
 */
class ReferralSlipColumnTest {

    static final PrintedPages.Labels LABELS = PrintedPages.Labels.read(ReferralSlips.LABELS, new ObjectMapper());
    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final List<String> WEEK = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    static LocationView location(int n, int days, boolean illustrative) {
        List<LocationView.SlotView> slots = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            slots.add(new LocationView.SlotView(WEEK.get(d), "09:00", "12:00", null, null, true, false, false));
            slots.add(new LocationView.SlotView(WEEK.get(d), "14:00", "17:00", null, null, false, true, d == 1));
        }
        return new LocationView(UUID.randomUUID(), "place-" + n, "Place " + n, n + " rue de la Paix", "54000", "Nancy",
                "FR", null, null, "Europe/Paris", null, illustrative, false, null, "", slots,
                List.of(new LocationView.ClosureView(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 3), "travaux"),
                        new LocationView.ClosureView(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3), "past")));
    }

    static WayInView wayIn(WayInCode code, boolean desk) {
        return new WayInView(code, false, null, null, new WayInView.EffectiveContact("+33172716975",
                "accueil@example.org", "https://www.example.org/", ContactOrigin.ORGANIZATION), null, desk);
    }

    static ServiceView service(String name, String lang, TextOrigin origin, List<LocationView> locations,
            List<String> documents, WayInView wayIn) {
        return new ServiceView(UUID.randomUUID(), "a-service", name, "Une description.", lang, origin,
                ServiceStatus.ACTIVE, null, List.of(), "rights", List.of("rights"), List.of("rights"),
                new Refs.OrganizationRef(UUID.randomUUID(), "la-cimade", "La Cimade"), null, null, null, null, null,
                documents, null, null, null, null, null, null, List.of(), null, List.of(), null, locations, null, wayIn,
                Instant.now(), 1);
    }

    static ReferralSlips.Column column(ServiceView s, String lang, LocationView desk) {
        return ReferralSlips.column(s, lang, true, LABELS.machineTranslated().contains(lang), LABELS.of(lang), desk,
                TODAY);
    }

    static int dayLines(ReferralSlips.Column c) {
        return c.places().stream().mapToInt(p -> p.days().size()).sum();
    }

    @Test
    void shouldCapThePlacesAndTheirHoursAndSayWhatIsLeftOut() {
        List<LocationView> six = IntStream.range(0, 6).mapToObj(n -> location(n, 4, false)).toList();
        ReferralSlips.Column c = column(service("Permanence", "fr", TextOrigin.SOURCE, six, null,
                wayIn(WayInCode.COME, false)), "fr", null);
        assertEquals(2, c.places().size(), "two places of four days fill the eight lines");
        assertEquals(ReferralSlips.MAX_DAY_LINES, dayLines(c));
        assertFalse(c.illustrative());
        assertEquals("Autres lieux : 4. Scannez le code QR pour les voir.", c.morePlaces());
        ReferralSlips.Place first = c.places().get(0);
        assertEquals("lundi", first.days().get(0).name());
        assertEquals(List.of(new ReferralSlips.Time("09:00–12:00", "sans rendez-vous"),
                new ReferralSlips.Time("14:00–17:00", "sur rendez-vous")), first.days().get(0).times());
        assertEquals("sur rendez-vous, interprète disponible", first.days().get(1).times().get(1).how());
        assertEquals("0 rue de la Paix, 54000 Nancy", first.address());
        assertEquals(List.of("Fermé du 1 avr. 2027 au 3 avr. 2027"), first.closures(), "past closures left out");

        List<LocationView> small = IntStream.range(0, 5).mapToObj(n -> location(n, 1, true)).toList();
        c = column(service("Permanence", "fr", TextOrigin.SOURCE, small, null, wayIn(WayInCode.COME, false)), "fr",
                null);
        assertEquals(ReferralSlips.MAX_PLACES, c.places().size(), "at most three places, short as they are");
        assertTrue(c.morePlaces().contains("2"));
        assertTrue(c.illustrative(), "example hours, said once under the places");
    }

    @Test
    void shouldCountTheDesksHoursAndStillPrintTheFirstPlaceWhole() {
        List<LocationView> three = IntStream.range(0, 3).mapToObj(n -> location(n, 7, false)).toList();
        ReferralSlips.Column c = column(service("Orientation", "fr", TextOrigin.SOURCE, three, null,
                wayIn(WayInCode.ASK_THE_DESK_TO_REFER_YOU, true)), "ar", location(9, 5, true));
        assertEquals(5, c.wayIn().desk().days().size(), "the desk and its hours");
        assertEquals(1, c.places().size());
        assertEquals(7, c.places().get(0).days().size(), "a place is never printed with days missing");
        assertEquals("أماكن أخرى: 2. امسح رمز QR لتراها.", c.morePlaces());
        assertEquals("الاثنين", c.places().get(0).days().get(0).name());
    }

    @Test
    void shouldCapTheDocumentsAndClipLongTexts() {
        List<String> nine = IntStream.range(1, 10).mapToObj(n -> "Document " + n).toList();
        String longName = "Accompagnement juridique ".repeat(15).strip();
        ReferralSlips.Column c = column(service(longName, "fr", TextOrigin.SOURCE, List.of(), nine,
                wayIn(WayInCode.CALL, false)), "uk", null);
        assertEquals(ReferralSlips.MAX_DOCUMENTS - 1, c.documents().size());
        assertEquals("Інші документи: 5. Відскануйте QR-код, щоб їх побачити.", c.moreDocuments());
        assertTrue(c.name().value().length() <= ReferralSlips.NAME_CHARS && c.name().value().endsWith("…"));
        assertFalse(c.name().value().contains("  "));

        c = column(service("Cours", "fr", TextOrigin.SOURCE, List.of(), nine.subList(0, 5),
                wayIn(WayInCode.CALL, false)), "fr", null);
        assertEquals(5, c.documents().size(), "five documents print whole");
        assertNull(c.moreDocuments());
    }

    @Test
    void shouldSayTheWayInWithTheContactToUseAndWhose() {
        ReferralSlips.Column c = column(service("Cours", "fr", TextOrigin.SOURCE, List.of(), null,
                wayIn(WayInCode.CALL, false)), "fr", null);
        assertEquals("Appelez-les.", c.wayIn().what());
        assertEquals("01 72 71 69 75", c.wayIn().phone(), "a French number as written in France");
        assertEquals("www.example.org", c.wayIn().url());
        assertEquals("Contact de \u2068La Cimade\u2069", c.wayIn().fromOrganization());
        assertTrue(c.noPlace(), "no place: the contact is the way");
        assertEquals("+4930123456", ReferralSlips.phone("+4930123456"));
    }

    @Test
    void shouldMarkFrenchTextInAnotherLanguagesColumnAndMachineTranslations() {
        ReferralSlips.Column c = column(service("Cours de français", "fr", TextOrigin.SOURCE, List.of(), null,
                wayIn(WayInCode.CALL, false)), "ar", null);
        assertEquals("fr", c.name().lang(), "no Arabic text: French stands in, and says it is French");
        assertEquals("ltr", c.name().dir());
        assertEquals("rtl", c.dir());
        assertTrue(c.machine(), "the Arabic labels are a machine translation");

        c = column(service("Cours", "en", TextOrigin.MACHINE, List.of(), null, wayIn(WayInCode.CALL, false)), "en",
                null);
        assertTrue(c.machine(), "a machine-translated service text is said so");
        c = column(service("Cours", "fr", TextOrigin.SOURCE, List.of(), null, wayIn(WayInCode.CALL, false)), "en",
                null);
        assertFalse(c.machine());
    }

    @Test
    void shouldHaveEveryLabelInEveryKioskLanguage() {
        for (String lang : KioskLanguages.TAGS) {
            Map<String, String> words = LABELS.of(lang);
            assertEquals(LABELS.of("fr").keySet(), words.keySet(), lang);
            for (String key : List.of("printedOn", "by", "closure", "morePlaces", "moreDocuments", "fromOrganization")) {
                String placeholder = LABELS.of("fr").get(key).replaceAll("^[^{]*(\\{[a-z]+\\}).*$", "$1");
                assertTrue(words.get(key).contains(placeholder), lang + " " + key + " keeps " + placeholder);
            }
        }
        // A labels file that leaves a language out is refused when the app starts, not printed as keys.
        assertThrows(IllegalStateException.class,
                () -> PrintedPages.Labels.read("referral/slip-labels-incomplete.json", new ObjectMapper()));
    }

    @Test
    void shouldClipAtAWordWithAnEllipsis() {
        assertEquals("un deux…", PrintedPages.clip("un deux trois", 10));
        assertEquals("un deux trois", PrintedPages.clip("  un   deux trois ", 20));
        assertNull(PrintedPages.clip(null, 10));
        assertEquals("abcdefghi…", PrintedPages.clip("abcdefghijklmnop", 10));
    }
}
