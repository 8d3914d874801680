package org.passerelle.search;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.passerelle.catalogue.Taxonomy;

/**
 * The whole-theme side of a search in a kiosk language: for each {@link SearchLanguage}, which themes a
 * word names through their own label, their domain's label or their synonyms in that language, the word
 * read by that language's analyser ("للسكن" and "السكن" both name housing). A query word in the request's
 * language then matches a theme's every offer with a small flat score, below a match in the offers' own
 * texts. Built with the index, so a change of labels is followed like a change of offers.
 */
final class ThemeTerms {

    private final Map<SearchLanguage, Map<String, List<String>>> byLanguage;

    private ThemeTerms(Map<SearchLanguage, Map<String, List<String>>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    static ThemeTerms of(Taxonomy taxonomy, Properties synonyms, Analyzer analyzer) {
        Map<SearchLanguage, Map<String, List<String>>> byLanguage = new EnumMap<>(SearchLanguage.class);
        for (SearchLanguage language : SearchLanguage.values()) {
            Map<String, Set<String>> terms = new HashMap<>();
            for (String domain : taxonomy.domains()) {
                for (String code : taxonomy.themesByDomain().get(domain)) {
                    for (String text : List.of(label(taxonomy.themeLabels().get(code), language),
                            label(taxonomy.domainLabels().get(domain), language), synonyms.getProperty(code, ""))) {
                        for (String term : ServiceSearch.tokens(analyzer, language.field(), text)) {
                            // Synonym lines mix every language: only this language's script is its own.
                            if (Character.UnicodeScript.of(term.codePointAt(0)) == language.script()) {
                                terms.computeIfAbsent(term, t -> new TreeSet<>()).add(code);
                            }
                        }
                    }
                }
            }
            Map<String, List<String>> sorted = new HashMap<>();
            terms.forEach((term, codes) -> sorted.put(term, List.copyOf(codes))); // in code order, for stable sums
            byLanguage.put(language, Map.copyOf(sorted));
        }
        return new ThemeTerms(byLanguage);
    }

    /** The theme codes a term of this language's field names, in code order; empty when none. */
    List<String> themes(SearchLanguage language, String term) {
        return byLanguage.get(language).getOrDefault(term, List.of());
    }

    private static String label(Map<String, String> labels, SearchLanguage language) {
        if (labels == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        labels.forEach((tag, label) -> {
            if (SearchLanguage.of(tag).filter(language::equals).isPresent()) {
                text.append(label).append(' ');
            }
        });
        return text.toString();
    }
}
