package org.passerelle.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The token streams of each kiosk language's field (docs/decisions/0014-search-languages.md): what one
 * word becomes, so that the spellings and inflections a person types meet the translated texts. No
 * Quarkus boot: the analysers are plain Lucene.
 */
class SearchLanguageAnalyzersTest {

    static Analyzer analyzer;

    @BeforeAll
    static void build() {
        analyzer = new SearchIndex(null, null).analyzer();
    }

    @AfterAll
    static void close() {
        analyzer.close();
    }

    static List<String> tokens(SearchLanguage language, String text) {
        return ServiceSearch.tokens(analyzer, language.field(), text);
    }

    static void same(SearchLanguage language, String expected, String... spellings) {
        for (String spelling : spellings) {
            assertEquals(List.of(expected), tokens(language, spelling), language + ": " + spelling);
        }
    }

    @Test
    void arabicStripsTheArticleAndLightSuffixesAndNormalisesLetters() {
        same(SearchLanguage.ARABIC, "محام", "محامي", "المحامي", "محامين", "المحامون", "بالمحامي");
        same(SearchLanguage.ARABIC, "قانون", "قانونية", "القانونية", "قانوني");
        same(SearchLanguage.ARABIC, "فرنس", "الفرنسية", "فرنسية");
        // Hamza on alef and the short vowels are folded away.
        same(SearchLanguage.ARABIC, "اطباء", "الأطباء", "الاطباء");
        same(SearchLanguage.ARABIC, "دروس", "دُرُوس");
        assertEquals(List.of("دروس", "لغ", "فرنس"), tokens(SearchLanguage.ARABIC, "دروس في اللغة الفرنسية"),
                "في is a stop word");
    }

    @Test
    void dariNormalisesArabicAndPersianLettersAndSplitsOnTheZeroWidthNonJoiner() {
        // Persian keheh and yeh, or Arabic kaf and yeh, as typed on either keyboard.
        same(SearchLanguage.DARI, "وكيل", "وکیل", "وكيل");
        same(SearchLanguage.DARI, "كورس", "کورس", "كورس", "کورس‌های", "کورس‌ها");
        same(SearchLanguage.DARI, "اموزش", "آموزش", "اموزش");
        assertEquals(List.of("مشوره", "حقوقي"), tokens(SearchLanguage.DARI, "مشوره‌های حقوقی"));
        assertEquals(List.of("كورس", "زبان", "فرانسوي"), tokens(SearchLanguage.DARI, "کورس زبان فرانسوی"));
        assertEquals(List.of(), tokens(SearchLanguage.DARI, "و در"), "stop words");
    }

    @Test
    void pashtoFoldsItsYehAndKafVariantsAndShortVowels() {
        same(SearchLanguage.PASHTO, "ژبي", "ژبې", "ژبي", "ژبی", "ژبۍ");
        same(SearchLanguage.PASHTO, "كورس", "کورس", "كورس");
        same(SearchLanguage.PASHTO, "گټه", "ګټه", "گټه");
        same(SearchLanguage.PASHTO, "فرانسوي", "فرانسوي", "فرانسوی", "فَرانسوي");
        // Presentation forms (from old fonts or PDFs) are the plain letters.
        same(SearchLanguage.PASHTO, "وكيل", "ﻭﻛﻴﻞ");
        assertEquals(List.of("فرانسوي", "ژبي", "كورس"), tokens(SearchLanguage.PASHTO, "د فرانسوي ژبې کورس"),
                "د is a stop word");
        assertEquals(List.of(), tokens(SearchLanguage.PASHTO, "په او کې لپاره"), "stop words");
    }

    @Test
    void tigrinyaSplitsOnEthiopicPunctuationAndFoldsInterchangeableLetters() {
        assertEquals(List.of("ፈረንሳይኛ", "ምምሃር", "ቋንቋ"), tokens(SearchLanguage.TIGRINYA, "ፈረንሳይኛ፡ምምሃር።ቋንቋ"));
        same(SearchLanguage.TIGRINYA, "ጸሓይ", "ፀሓይ", "ጸሓይ");
        same(SearchLanguage.TIGRINYA, "ስደተኛታት", "ሥደተኛታት", "ስደተኛታት");
        same(SearchLanguage.TIGRINYA, "ኣገልግሎት", "አገልግሎት", "ኣገልግሎት");
        same(SearchLanguage.TIGRINYA, "ofii", "OFII");
        assertEquals(List.of("ትምህርቲ", "ፈረንሳይኛ"), tokens(SearchLanguage.TIGRINYA, "ትምህርቲ ናይ ፈረንሳይኛ"),
                "ናይ is a stop word");
        assertEquals(List.of(), tokens(SearchLanguage.TIGRINYA, "አብ ካብ ምስ"), "stop words, whichever alef");
    }

    @Test
    void ukrainianFindsTheLemma() {
        same(SearchLanguage.UKRAINIAN, "юрист", "юрист", "юристи", "юриста", "юристам");
        same(SearchLanguage.UKRAINIAN, "житло", "житло", "житла", "житлом");
        same(SearchLanguage.UKRAINIAN, "здоров'я", "здоров'я", "здоров’я", "здоровʼя");
        assertEquals(List.of("курс", "французька", "французький", "мова"),
                tokens(SearchLanguage.UKRAINIAN, "курси французької мови"), "both lemmas of an ambiguous form");
        assertEquals(List.of(), tokens(SearchLanguage.UKRAINIAN, "і до"), "stop words");
    }

    @Test
    void russianStemsAndReadsYoAsYe() {
        same(SearchLanguage.RUSSIAN, "юрист", "юрист", "юристы", "юриста", "юристов");
        same(SearchLanguage.RUSSIAN, "жил", "Жильё", "жилье", "жилья");
        assertEquals(List.of("курс", "французск", "язык"), tokens(SearchLanguage.RUSSIAN, "курсы французского языка"));
        assertEquals(List.of(), tokens(SearchLanguage.RUSSIAN, "и в"), "stop words");
    }

    @ParameterizedTest
    @CsvSource({ "ar, ARABIC", "ar-SY, ARABIC", "fa-AF, DARI", "fa, DARI", "prs, DARI", "PS, PASHTO", "pbt, PASHTO",
            "ti, TIGRINYA", "ti-ER, TIGRINYA", "uk, UKRAINIAN", "ru-RU, RUSSIAN" })
    void aLanguageTagFindsItsField(String tag, SearchLanguage language) {
        assertEquals(Optional.of(language), SearchLanguage.of(tag));
    }

    @Test
    void frenchEnglishAndOtherLanguagesHaveNoFieldOfTheirOwn() {
        for (String tag : List.of("fr", "en", "en-GB", "de", "tir-x")) {
            assertTrue(SearchLanguage.of(tag).isEmpty(), tag);
        }
        assertEquals(List.of(SearchLanguage.RUSSIAN, SearchLanguage.UKRAINIAN),
                SearchLanguage.of(List.of("ru", "ru-UA", "uk", "en", "fr")), "in order, once each");
    }
}
