package org.passerelle.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;
import org.passerelle.catalogue.CatalogueChanged;
import org.passerelle.catalogue.CatalogueRevisionWatcher;
import org.passerelle.catalogue.OfferName;
import org.passerelle.catalogue.SearchHits.Entry;
import org.passerelle.catalogue.SearchQuery;
import org.passerelle.catalogue.ServiceOffer;
import org.passerelle.catalogue.ServiceOfferRepository;
import org.passerelle.catalogue.Taxonomy;
import org.passerelle.catalogue.ThemeCatalogue;

/**
 * An in-process Lucene index of every service (docs/decisions/0003-in-process-lucene.md): French and English analysers on the
 * texts, a field per other kiosk language analysed for that language ({@link SearchLanguage},
 * docs/decisions/0014-search-languages.md), a folding analyser on everything (labels and synonyms in every
 * kiosk language), exact fields for filters and facets, and points for distance. It is rebuilt when this replica changes the catalogue, and
 * within seconds of a change made by another replica ({@link CatalogueRevisionWatcher}).
 */
@ApplicationScoped
public class SearchIndex {

    static final String ID = "id";
    static final String TEXT_FR = "text_fr";
    static final String TEXT_EN = "text_en";
    static final String TEXT_ALL = "text_all";
    static final String STATUS = "status";
    static final String DOMAIN = "domain";
    static final String THEME = "theme";
    static final String ACCESS = "access";
    static final String CITY = "city";
    /** The city as written, for the facet (filters use the folded key in {@link #CITY}). */
    static final String CITY_NAME = "city_name";
    static final String REGION = "region";
    static final String ORGANIZATION = "organization";
    static final String SLUG = "slug";
    /** The languages a service works in, each with its prefixes, lower case (SearchQuery.languageKeys). */
    static final String LANGUAGE = "language";
    static final String LOCATION = "location";
    static final String NONE = "-";

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final int BUILD_TIMEOUT_SECONDS = 600;

    /**
     * One built index, what it was built from, and each service's list entry in every language, so a
     * page of results needs no database round trip.
     */
    record Built(IndexSearcher searcher, Entry[] byDoc, long generation, ThemeTerms themeTerms) {

        /** The entry of a hit; resolved through an array because stored fields decompress a block per read. */
        Entry entry(int doc) {
            return byDoc[doc];
        }
    }

    private final ServiceOfferRepository services;
    private final ThemeCatalogue themes;
    private final Analyzer analyzer;
    private final Properties synonyms;
    private volatile Built built;
    private final java.util.concurrent.atomic.AtomicLong generations = new java.util.concurrent.atomic.AtomicLong();

    public SearchIndex(ServiceOfferRepository services, ThemeCatalogue themes) {
        this.services = services;
        this.themes = themes;
        this.analyzer = newAnalyzer();
        this.synonyms = synonyms();
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Which build of the index answers now; it changes with every rebuild (after a catalogue change). */
    public long generation() {
        return current().generation();
    }

    /** The generation of the index built now, or -1 while none is (this never builds one). */
    public long builtGeneration() {
        Built current = built;
        return current == null ? -1 : current.generation();
    }

    Built current() {
        Built current = built;
        if (current == null) {
            synchronized (this) {
                current = built;
                if (current == null) {
                    current = build();
                    built = current;
                }
            }
        }
        return current;
    }

    void invalidate(@Observes(during = TransactionPhase.AFTER_COMPLETION) CatalogueChanged change) {
        built = null;
    }

    private Built build() {
        long started = System.nanoTime();
        // One read-only transaction over the whole catalogue: at 50,000 services with texts in eight
        // languages, on two busy cores, it outlasts the default 60 s timeout (then every search fails).
        return QuarkusTransaction.requiringNew().timeout(BUILD_TIMEOUT_SECONDS).call(() -> {
            Taxonomy taxonomy = themes.taxonomy();
            Map<String, List<String>> themeWords = themeWords(taxonomy);
            ThemeTerms themeTerms = ThemeTerms.of(taxonomy, synonyms, analyzer);
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            int count = 0;
            Map<java.util.UUID, Entry> entries = new HashMap<>();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (ServiceOffer service : services.listAll()) {
                    writer.addDocument(document(service, taxonomy, themeWords));
                    entries.put(service.id, entry(service, taxonomy));
                    count++;
                }
                writer.forceMerge(1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
                // Merges may reorder documents, so map doc ids to entries once, here, not per hit.
                Entry[] byDoc = new Entry[searcher.getIndexReader().maxDoc()];
                var stored = searcher.storedFields();
                for (int doc = 0; doc < byDoc.length; doc++) {
                    byDoc[doc] = entries.get(java.util.UUID.fromString(stored.document(doc).get(ID)));
                }
                LOG.infof("Search index: %d services indexed in %d ms, %d KiB", count,
                        (System.nanoTime() - started) / 1_000_000, bytes(directory) / 1024);
                return new Built(searcher, byDoc, generations.incrementAndGet(), themeTerms);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Document document(ServiceOffer s, Taxonomy taxonomy, Map<String, List<String>> themeWords) {
        Document doc = new Document();
        doc.add(new StringField(ID, s.id.toString(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SLUG, new BytesRef(s.slug)));
        doc.add(new StringField(STATUS, s.status.code(), Field.Store.NO));
        keyword(doc, ACCESS, s.accessMode == null ? NONE : s.accessMode.code());
        keyword(doc, ORGANIZATION, s.organization.id.toString());
        doc.add(new StringField(CITY, s.territory.cityKey == null ? NONE : s.territory.cityKey, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(CITY_NAME, new BytesRef(s.territory.city == null ? NONE : s.territory.city)));
        doc.add(new StringField(REGION, s.territory.regionKey == null ? NONE : s.territory.regionKey, Field.Store.NO));
        s.themes.forEach(theme -> keyword(doc, THEME, theme));
        s.languagesSpoken.stream().flatMap(tag -> SearchQuery.languageKeys(tag).stream()).distinct()
                .forEach(key -> doc.add(new StringField(LANGUAGE, key, Field.Store.NO)));
        taxonomy.domainsOf(s.themes).forEach(domain -> keyword(doc, DOMAIN, domain));
        if (s.latitude != null && s.longitude != null) {
            doc.add(new LatLonPoint(LOCATION, s.latitude, s.longitude));
            doc.add(new LatLonDocValuesField(LOCATION, s.latitude, s.longitude));
        }
        StringBuilder all = new StringBuilder(s.slug.replace('-', ' ')).append(' ').append(s.organization.name);
        s.texts.forEach((lang, text) -> {
            String words = text.name + ". " + (text.description == null ? "" : text.description);
            if (lang.startsWith("fr")) {
                doc.add(new TextField(TEXT_FR, words, Field.Store.NO));
            } else if (lang.startsWith("en")) {
                doc.add(new TextField(TEXT_EN, words, Field.Store.NO));
            } else {
                SearchLanguage.of(lang).ifPresent(l -> doc.add(new TextField(l.field(), words, Field.Store.NO)));
            }
            all.append(' ').append(words);
        });
        s.themes.forEach(theme -> themeWords.getOrDefault(theme, List.of()).forEach(w -> all.append(' ').append(w)));
        doc.add(new TextField(TEXT_ALL, all.toString(), Field.Store.NO));
        return doc;
    }

    private static Entry entry(ServiceOffer s, Taxonomy taxonomy) {
        var summary = org.passerelle.catalogue.api.CatalogueViews.summary(s,
                org.passerelle.common.i18n.LanguageSelection.of(null, null), taxonomy);
        return new Entry(s.id, s.slug, OfferName.byLanguage(s), s.status, s.primaryTheme, summary.themes(),
                summary.domains(), summary.organization(), s.accessMode, summary.territory(), s.updatedAt, s.version);
    }

    /** The index files' total size. */
    private static long bytes(ByteBuffersDirectory directory) throws IOException {
        long bytes = 0;
        for (String file : directory.listAll()) {
            bytes += directory.fileLength(file);
        }
        return bytes;
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    /** A theme's labels in every language, its domain's labels, and its synonyms. */
    private Map<String, List<String>> themeWords(Taxonomy taxonomy) {
        Map<String, List<String>> words = new HashMap<>();
        for (String domain : taxonomy.domains()) {
            for (String code : taxonomy.themesByDomain().get(domain)) {
                Set<String> list = new LinkedHashSet<>(taxonomy.themeLabels().get(code).values());
                list.addAll(taxonomy.domainLabels().get(domain).values());
                list.add(synonyms.getProperty(code, ""));
                words.put(code, new ArrayList<>(list));
            }
        }
        return words;
    }

    private static Analyzer newAnalyzer() {
        try {
            // Folds case and accents ("hebergement" finds "hébergement") and normalises Arabic script.
            Analyzer folding = CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("arabicNormalization")
                    .addTokenFilter("persianNormalization")
                    .addTokenFilter("asciiFolding")
                    .build();
            Map<String, Analyzer> fields = new HashMap<>(Map.of(TEXT_FR, new FrenchAnalyzer(), TEXT_EN, new EnglishAnalyzer()));
            for (SearchLanguage language : SearchLanguage.values()) {
                fields.put(language.field(), language.newAnalyzer());
            }
            return new PerFieldAnalyzerWrapper(folding, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties synonyms() {
        Properties properties = new Properties();
        try (InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream("search/synonyms.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
