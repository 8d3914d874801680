package org.passerelle.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * The kiosk languages besides French and English whose service texts get a field of their own, analysed
 * for that language (docs/decisions/0014-search-languages.md). French and English keep their fields and
 * analysers in {@link SearchIndex}.
 * <ul>
 * <li>Arabic: Lucene's ArabicAnalyzer (normalisation of hamza, alef and teh marbuta forms, stop words,
 * light stemming: "المحامي", "محامين" and "محامي" are one word).
 * <li>Dari (fa-AF) and Persian: Lucene's PersianAnalyzer (Arabic and Persian letter normalisation, the
 * zero-width non-joiner read as a space, stop words). No stemmer: Lucene's PersianStemFilter stems
 * "زبان" and "زبانها" apart and cuts "داکتر" to "داك".
 * <li>Pashto and Tigrinya: no stemmer exists; Unicode folding ({@link PashtoAnalyzer}, {@link TigrinyaAnalyzer}).
 * <li>Ukrainian: UkrainianMorfologikAnalyzer (dictionary lemmas: "юристи" is "юрист").
 * <li>Russian: Lucene's RussianAnalyzer (Snowball stemming; "жильё" and "жилье" are one word).
 * </ul>
 */
public enum SearchLanguage {

    ARABIC("ar", Character.UnicodeScript.ARABIC, ArabicAnalyzer::new, "ar"),
    DARI("fa", Character.UnicodeScript.ARABIC, PersianAnalyzer::new, "fa", "prs"),
    PASHTO("ps", Character.UnicodeScript.ARABIC, PashtoAnalyzer::new, "ps", "pbt", "pbu", "pst"),
    TIGRINYA("ti", Character.UnicodeScript.ETHIOPIC, TigrinyaAnalyzer::new, "ti"),
    UKRAINIAN("uk", Character.UnicodeScript.CYRILLIC, UkrainianMorfologikAnalyzer::new, "uk"),
    RUSSIAN("ru", Character.UnicodeScript.CYRILLIC, RussianAnalyzer::new, "ru");

    private final String field;
    private final Character.UnicodeScript script;
    private final Supplier<Analyzer> analyzer;
    private final List<String> primaryTags;

    SearchLanguage(String code, Character.UnicodeScript script, Supplier<Analyzer> analyzer, String... primaryTags) {
        this.field = "text_" + code;
        this.script = script;
        this.analyzer = analyzer;
        this.primaryTags = List.of(primaryTags);
    }

    /** The index field holding a service's name and description in this language. */
    public String field() {
        return field;
    }

    /** The script this language is written in: theme words in other scripts are not its own. */
    public Character.UnicodeScript script() {
        return script;
    }

    /** A new instance of this language's analyser. */
    public Analyzer newAnalyzer() {
        return analyzer.get();
    }

    /**
     * The language of a BCP-47 tag by its primary subtag ("fa-AF" and "prs" are Dari, "ar-SY" is Arabic),
     * or empty for French, English and any language without a field of its own.
     */
    public static Optional<SearchLanguage> of(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        int dash = tag.indexOf('-');
        String primary = (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
        for (SearchLanguage language : values()) {
            if (language.primaryTags.contains(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The languages of a request's chain that have a field, in order and without repeats. */
    public static List<SearchLanguage> of(List<String> tags) {
        List<SearchLanguage> languages = new ArrayList<>();
        for (String tag : tags) {
            of(tag).filter(l -> !languages.contains(l)).ifPresent(languages::add);
        }
        return List.copyOf(languages);
    }
}
