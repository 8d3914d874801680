package org.passerelle.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.support.Api.anonymous;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.passerelle.catalogue.CatalogueChanged;
import org.passerelle.catalogue.ServiceOfferRepository;
import org.passerelle.support.Api;
import org.passerelle.support.DemoData;
import org.passerelle.support.Translations;
import org.passerelle.support.WritesProfile;

/**
 * Search in the kiosk languages (issue 14, docs/decisions/0014-search-languages.md): with the texts of a
 * few services translated (src/test/resources/search-languages), a query in Arabic, Dari, Pashto,
 * Tigrinya, Ukrainian or Russian, in that language, finds the offers that say it first, not a whole
 * theme in slug order; inflections and spelling variants meet. On its own database (WritesProfile), so
 * the read tests keep the demo catalogue as its files describe it.
 */
@QuarkusTest
@TestProfile(SearchLanguagesTest.OwnTranslations.class)
class SearchLanguagesTest {

    /** Its own database, with only the hand-written translations of the fixture (not the demo's machine ones). */
    public static class OwnTranslations implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:passerelle-search-languages;DB_CLOSE_DELAY=-1",
                    "passerelle.demo-catalogue.translations", "false");
        }
    }


    static final String SERVICES = "/api/v1/services";
    static final String LEGAL_ADVICE = "cimade-permanences-juridiques";
    static final Set<String> FRENCH_COURSES = Set.of("langues-plurielles-cours-demandeurs-asile",
            "cos-cours-francais-benevoles");
    static final String HOUSING = "adoma-logement-accompagne";
    static final String HEALTH = "mdm-prevention-soins";

    @Inject
    ServiceOfferRepository services;
    @Inject
    Event<CatalogueChanged> changes;

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @BeforeEach
    void translations() {
        Translations.load(services, changes); // again if a write test of this profile replaced a name
    }

    static List<String> found(String lang, String q) {
        return search(lang, q).getList("items.slug");
    }

    static JsonPath search(String lang, String q) {
        return anonymous().queryParam("lang", lang).queryParam("q", q).queryParam("size", 100).get(SERVICES)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The first hits are exactly these offers, in any order. */
    static void first(Set<String> expected, List<String> found, String what) {
        assertTrue(found.size() >= expected.size(), what + ": " + found);
        assertEquals(expected, Set.copyOf(found.subList(0, expected.size())), what + ": " + found);
    }

    @Test
    void theFixtureIsLoadedAndShownInTheLanguage() {
        JsonPath ar = search("ar", "قانونية");
        assertEquals("استشارات قانونية وإدارية (La Cimade)", ar.getString("items[0].name"));
        assertEquals("ar", ar.getString("items[0].lang"));
    }

    @Test
    void arabicFindsTheFrenchCoursesBeforeTheRestOfTheLanguageTheme() {
        List<String> found = found("ar", "دروس اللغة الفرنسية");
        first(FRENCH_COURSES, found, "French lessons");
        // The theme's other offers still come, after: the words are also the theme's label and synonym.
        assertTrue(found.containsAll(DemoData.activeSlugs(s -> DemoData.hasTheme(s, "language"))),
                "the whole language theme, the courses first: " + found);
    }

    @Test
    void arabicMatchesWithAndWithoutTheArticle() {
        List<String> bare = found("ar", "استشارات قانونية");
        List<String> withArticle = found("ar", "الاستشارات القانونية");
        assertEquals(List.of(LEGAL_ADVICE), bare, "legal advice, and nothing else says both words");
        assertEquals(bare, withArticle);
        assertEquals(List.of(LEGAL_ADVICE), found("ar", "قانوني"), "the adjective's other form");
        // Too far from the text's forms for typo tolerance: only the Arabic stemmer brings these together.
        assertEquals(List.of(LEGAL_ADVICE), found("ar", "القانوني"), "the article and another ending");
        assertEquals(List.of(LEGAL_ADVICE), found("ar", "للاستشارات القانونية"), "the prefix لل");
    }

    @Test
    void arabicLawyerStillFindsTheRightsThemeAndHealthCareItsOffer() {
        // No translation says "lawyer" (no source text does): the word names the rights theme (a synonym).
        List<String> lawyer = found("ar", "محامي");
        assertTrue(lawyer.contains(LEGAL_ADVICE), lawyer.toString());
        assertEquals(List.of(HEALTH), found("ar", "الرعاية الصحية").subList(0, 1), "health care");
    }

    @Test
    void dariFindsTheFrenchCoursesAndTheLegalAdviceWhicheverKeyboard() {
        first(FRENCH_COURSES, found("fa-AF", "کورس زبان فرانسوی"), "Persian letters");
        first(FRENCH_COURSES, found("fa-AF", "كورس زبان فرانسوي"), "Arabic kaf and yeh");
        first(FRENCH_COURSES, found("prs", "کورس‌های فرانسوی"), "prs is Dari; the plural after a ZWNJ");
        assertEquals(List.of(LEGAL_ADVICE), found("fa-AF", "مشوره حقوقی"));
        first(FRENCH_COURSES, found("fa-AF", "زبان فرانسوی"), "the language theme's label: its courses first");
    }

    @Test
    void ukrainianFindsTheLawyerAndTheFrenchCoursesInAnyForm() {
        first(Set.of(LEGAL_ADVICE), found("uk", "юристи"), "the plural finds юриста");
        first(Set.of(LEGAL_ADVICE), found("uk", "юрист"), "the lemma");
        first(FRENCH_COURSES, found("uk", "курси французької мови"), "French course");
        first(FRENCH_COURSES, found("uk", "курс французької"), "the singular");
        first(Set.of(HOUSING), found("uk", "житлом"), "another case of житло");
    }

    @Test
    void russianFindsTheLawyerAndTheFrenchCoursesInAnyForm() {
        List<String> lawyers = found("ru", "юристы");
        first(Set.of(LEGAL_ADVICE), lawyers, "юристы finds юриста");
        assertTrue(lawyers.containsAll(DemoData.activeSlugs(s -> DemoData.hasTheme(s, "rights"))),
                "then the rest of the rights theme (юрист is its synonym): " + lawyers);
        first(Set.of(LEGAL_ADVICE), found("ru", "юрист"), "the singular");
        first(FRENCH_COURSES, found("ru", "курсы французского языка"), "French course");
        first(FRENCH_COURSES, found("ru", "курс французский"), "other forms");
        first(Set.of(HOUSING), found("ru", "жилье"), "е for ё");
        first(Set.of(HEALTH), found("ru", "медицинской помощи"), "medical help, another case");
    }

    @Test
    void pashtoMatchesItsTranslatedNamesAfterFolding() {
        first(FRENCH_COURSES, found("ps", "د فرانسوي ژبې کورس"), "as written");
        first(FRENCH_COURSES, found("ps", "فرانسوی ژبي كورس"), "other yeh and kaf, no particle");
        assertEquals(List.of(LEGAL_ADVICE), found("ps", "حقوقي مشورې"));
        first(Set.of(HEALTH), found("ps", "روغتیایي پاملرنه"), "health care, Farsi yeh");
    }

    @Test
    void tigrinyaMatchesItsTranslatedNamesAfterFolding() {
        first(FRENCH_COURSES, found("ti", "ትምህርቲ ፈረንሳይኛ"), "French lessons");
        first(FRENCH_COURSES, found("ti", "ትምህርቲ ናይ ቋንቋ ፈረንሳይኛ"), "with a preposition");
        assertEquals(List.of(LEGAL_ADVICE), found("ti", "ሕጋዊ ምኽርን"));
        assertEquals(List.of(HEALTH), found("ti", "አገልግሎት ሕክምና"), "አ for ኣ");
    }

    @Test
    void withoutTheLanguageTheTextIsStillFoundAsWritten() {
        // No lang: the folded words of every translation are in the all-languages field, as before.
        assertEquals(List.of(LEGAL_ADVICE), anonymous().queryParam("q", "قانونية").get(SERVICES).then()
                .statusCode(200).extract().jsonPath().getList("items.slug"));
    }

    @Test
    void theLanguageIsPartOfTheCachedAnswersKey() {
        // Russian fields and Russian themes with lang=ru; only the all-languages field with lang=fr.
        for (int i = 0; i < 2; i++) { // the resource, then the fast path
            List<String> ru = found("ru", "юристам");
            List<String> fr = found("fr", "юристам");
            assertEquals(LEGAL_ADVICE, ru.get(0));
            assertTrue(ru.size() > 1, "the rights theme follows in Russian: " + ru);
            assertNotEquals(ru, fr, "pass " + i);
        }
        List<String> accept = anonymous().header("Accept-Language", "ru, en;q=0.5").queryParam("q", "юристам")
                .queryParam("size", 100).get(SERVICES).then().statusCode(200).extract().jsonPath().getList("items.slug");
        assertEquals(found("ru", "юристам"), accept, "Accept-Language chooses the field as lang does");
    }
}
