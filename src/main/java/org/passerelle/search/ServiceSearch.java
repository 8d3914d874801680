package org.passerelle.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.passerelle.catalogue.SearchHits;
import org.passerelle.catalogue.SearchQuery;
import org.passerelle.catalogue.ServiceFinder;

/**
 * Runs a {@link SearchQuery} on the index: French and English stemming ("logements" finds
 * "logement"), accent folding, typo tolerance (edit distance 1 from 4 letters, 2 from 8), labels and
 * synonyms in the kiosk languages, the request's own language analysed for that language when it is one
 * of {@link SearchLanguage} (docs/decisions/0014-search-languages.md), exact filters, distance, and facet
 * counts over all hits.
 */
@ApplicationScoped
public class ServiceSearch implements ServiceFinder {

    static final List<String> FACETS = List.of(SearchIndex.DOMAIN, SearchIndex.THEME, SearchIndex.ACCESS,
            SearchIndex.CITY_NAME);

    private final SearchIndex index;

    public ServiceSearch(SearchIndex index) {
        this.index = index;
    }

    public SearchHits search(SearchQuery query) {
        SearchIndex.Built built = index.current();
        IndexSearcher searcher = built.searcher();
        Query lucene = toLucene(query, index.analyzer(), searcher.getIndexReader(), built.themeTerms());
        try {
            Sort sort = query.near().map(p -> new Sort(
                    LatLonDocValuesField.newDistanceSort(SearchIndex.LOCATION, p.latitude(), p.longitude()),
                    new SortField(SearchIndex.SLUG, SortField.Type.STRING)))
                    .orElse(query.text().isPresent()
                            ? new Sort(SortField.FIELD_SCORE, new SortField(SearchIndex.SLUG, SortField.Type.STRING))
                            : new Sort(new SortField(SearchIndex.SLUG, SortField.Type.STRING)));
            int wanted = query.offset() + query.size();
            // One pass collects the page and the facets: the query (its fuzzy parts, the costly rewrite
            // into terms) is rewritten and weighed once per search, not once per collector.
            Object[] results = searcher.search(lucene, new MultiCollectorManager(
                    new TopFieldCollectorManager(sort, Math.max(1, wanted), null, Integer.MAX_VALUE),
                    FacetCollector.MANAGER));
            TopDocs top = (TopDocs) results[0];
            FacetCollector facets = (FacetCollector) results[1];
            List<SearchHits.Entry> entries = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = query.offset(); i < Math.min(docs.length, wanted); i++) {
                entries.add(built.entry(docs[i].doc));
            }
            List<UUID> ids = entries.stream().map(SearchHits.Entry::id).toList();
            return new SearchHits(ids, entries, facets.hits, facets.counts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Query toLucene(SearchQuery query, Analyzer analyzer, org.apache.lucene.index.IndexReader reader,
            ThemeTerms themeTerms) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(new TermQuery(new Term(SearchIndex.STATUS, query.status().code())), Occur.FILTER);
        List<SearchLanguage> languages = SearchLanguage.of(query.languages());
        query.text().ifPresent(text -> builder.add(textQuery(text, languages, themeTerms, analyzer, reader),
                Occur.MUST));
        if (query.themes() != null) {
            BooleanQuery.Builder themes = new BooleanQuery.Builder();
            query.themes().forEach(t -> themes.add(new TermQuery(new Term(SearchIndex.THEME, t)), Occur.SHOULD));
            builder.add(themes.build(), Occur.FILTER);
        }
        query.cityKey().ifPresent(c -> builder.add(new TermQuery(new Term(SearchIndex.CITY, c)), Occur.FILTER));
        query.regionKey().ifPresent(r -> builder.add(new TermQuery(new Term(SearchIndex.REGION, r)), Occur.FILTER));
        query.accessMode().ifPresent(a -> builder.add(new TermQuery(new Term(SearchIndex.ACCESS, a.code())),
                Occur.FILTER));
        query.organizationId().ifPresent(o -> builder.add(
                new TermQuery(new Term(SearchIndex.ORGANIZATION, o.toString())), Occur.FILTER));
        query.language().ifPresent(l -> builder.add(new TermQuery(new Term(SearchIndex.LANGUAGE, l)), Occur.FILTER));
        if (query.onlyIds() != null) {
            builder.add(new TermInSetQuery(SearchIndex.ID, query.onlyIds().stream()
                    .map(id -> new BytesRef(id.toString())).toList()), Occur.FILTER);
        }
        query.near().ifPresent(p -> query.radiusKm().ifPresent(km -> builder.add(LatLonPoint.newDistanceQuery(
                SearchIndex.LOCATION, p.latitude(), p.longitude(), km * 1000), Occur.FILTER)));
        return builder.build();
    }

    /** A match in the offer's own text in the request's language: above French and English (2). */
    static final float OWN_LANGUAGE_BOOST = 3f;
    /** A word that names an offer's theme in the request's language: a flat score, below any text match. */
    static final float THEME_BOOST = 0.5f;

    /**
     * Every word must match somewhere: as a French or English stem, as a folded word (labels and
     * synonyms in any language), or within a small edit distance. The text is only ever split into
     * words by the analyser and each word becomes term queries built here, never parsed: "AND", "*",
     * quotes or brackets are plain text (punctuation makes no word at all). A stop word of French or
     * English ("and", "or", "not", "le") is dropped: it says nothing about a service, and as a folded
     * word it would match nearly every English description. Text with no word left matches nothing.
     * <p>
     * In each of the request's {@code languages} (Arabic, Dari, Pashto, Tigrinya, Ukrainian, Russian) the
     * word as written is also read by that language's analyser: it matches the offers' own text in that
     * language ({@link #OWN_LANGUAGE_BOOST}) and, with a flat {@link #THEME_BOOST}, every offer of a
     * theme it names there ({@link ThemeTerms}), so the offers that say the word come before the rest of
     * their theme. A stop word of one of those languages is dropped too. Without such a language the query
     * is exactly the French and English one.
     */
    static Query textQuery(String text, List<SearchLanguage> languages, ThemeTerms themeTerms, Analyzer analyzer,
            org.apache.lucene.index.IndexReader reader) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words:
        for (String[] folded : words(analyzer, text)) {
            String word = folded[0];
            String written = folded[1];
            List<String> french = tokens(analyzer, SearchIndex.TEXT_FR, word);
            List<String> english = tokens(analyzer, SearchIndex.TEXT_EN, word);
            if (french.isEmpty() || english.isEmpty()) {
                continue; // a stop word in one of the languages
            }
            List<List<String>> own = new ArrayList<>(languages.size());
            for (SearchLanguage language : languages) {
                List<String> terms = tokens(analyzer, language.field(), written);
                if (terms.isEmpty()) {
                    continue words; // a stop word of the request's language
                }
                own.add(terms);
            }
            BooleanQuery.Builder group = new BooleanQuery.Builder();
            french.forEach(t -> group.add(new BoostQuery(new TermQuery(new Term(SearchIndex.TEXT_FR, t)), 2f),
                    Occur.SHOULD));
            english.forEach(t -> group.add(new BoostQuery(new TermQuery(new Term(SearchIndex.TEXT_EN, t)), 2f),
                    Occur.SHOULD));
            group.add(new BoostQuery(new TermQuery(new Term(SearchIndex.TEXT_ALL, word)), 1.5f), Occur.SHOULD);
            int edits = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
            // A word the index holds is spelled right: no fuzzy expansion, which is the costly part.
            if (edits > 0 && docFreq(reader, new Term(SearchIndex.TEXT_ALL, word)) == 0) {
                group.add(new BoostQuery(new FuzzyQuery(new Term(SearchIndex.TEXT_ALL, word), edits, 1), 0.5f),
                        Occur.SHOULD);
            }
            Set<String> themes = new TreeSet<>(); // once each, whichever of the languages names them
            for (int i = 0; i < languages.size(); i++) {
                SearchLanguage language = languages.get(i);
                for (String term : own.get(i)) {
                    group.add(new BoostQuery(new TermQuery(new Term(language.field(), term)), OWN_LANGUAGE_BOOST),
                            Occur.SHOULD);
                    themes.addAll(themeTerms.themes(language, term));
                }
            }
            for (String theme : themes) {
                group.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SearchIndex.THEME, theme))),
                        THEME_BOOST), Occur.SHOULD);
            }
            all.add(group.build(), Occur.MUST);
        }
        // No clause left (only stop words or punctuation): an empty BooleanQuery matches no document.
        return all.build();
    }

    /** Each word of the text: folded (the folding analyser's token), and as written in the text. */
    private static List<String[]> words(Analyzer analyzer, String text) {
        List<String[]> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchIndex.TEXT_ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new String[] { term.toString(), text.substring(offset.startOffset(), offset.endOffset()) });
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static int docFreq(org.apache.lucene.index.IndexReader reader, Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * Counts the values of the facet fields over every hit, by ordinal (an array add per value), and
     * resolves the names once at the end.
     */
    private static final class FacetCollector extends SimpleCollector {

        /** One collector per slice; the searcher has no executor, so there is one, merged all the same. */
        static final CollectorManager<FacetCollector, FacetCollector> MANAGER = new CollectorManager<>() {
            @Override
            public FacetCollector newCollector() {
                return new FacetCollector();
            }

            @Override
            public FacetCollector reduce(java.util.Collection<FacetCollector> collectors) throws IOException {
                FacetCollector merged = new FacetCollector();
                for (FacetCollector collector : collectors) {
                    collector.flush();
                    merged.hits += collector.hits;
                    collector.counts.forEach((facet, counts) -> counts.forEach(
                            (value, n) -> merged.counts.get(facet).merge(value, n, Long::sum)));
                }
                return merged;
            }
        };

        private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        private final Map<String, SortedSetDocValues> values = new HashMap<>();
        private final Map<String, long[]> leafCounts = new HashMap<>();
        long hits;

        FacetCollector() {
            FACETS.forEach(f -> counts.put(f, new HashMap<>()));
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (String facet : FACETS) {
                SortedSetDocValues dv = context.reader().getSortedSetDocValues(facet);
                values.put(facet, dv);
                leafCounts.put(facet, dv == null ? new long[0] : new long[(int) dv.getValueCount()]);
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            hits++;
            for (String facet : FACETS) {
                SortedSetDocValues dv = values.get(facet);
                if (dv != null && dv.advanceExact(doc)) {
                    long[] ords = leafCounts.get(facet);
                    for (int i = 0; i < dv.docValueCount(); i++) {
                        ords[(int) dv.nextOrd()]++;
                    }
                }
            }
        }

        /** Adds the current leaf's ordinal counts to the named counts. */
        private void flush() throws IOException {
            for (String facet : FACETS) {
                SortedSetDocValues dv = values.get(facet);
                long[] ords = leafCounts.get(facet);
                if (dv == null || ords == null) {
                    continue;
                }
                for (int ord = 0; ord < ords.length; ord++) {
                    if (ords[ord] > 0) {
                        counts.get(facet).merge(dv.lookupOrd(ord).utf8ToString(), ords[ord], Long::sum);
                    }
                }
            }
            values.clear();
            leafCounts.clear();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        Map<String, Map<String, Long>> counts() {
            try {
                flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
            counts.forEach((field, map) -> {
                String facet = SearchIndex.ACCESS.equals(field) ? "accessMode"
                        : SearchIndex.CITY_NAME.equals(field) ? "city" : field;
                Map<String, Long> ordered = new LinkedHashMap<>();
                map.entrySet().stream().filter(e -> !SearchIndex.NONE.equals(e.getKey()))
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
                sorted.put(facet, ordered);
            });
            return sorted;
        }
    }
}
