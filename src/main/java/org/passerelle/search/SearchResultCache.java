package org.passerelle.search;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.passerelle.catalogue.SearchResults;
import org.passerelle.common.http.ConditionalJson;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.config.PasserelleConfig;

/**
 * Public search results, serialised with their ETag, kept ready to serve. A kiosk network asks the same
 * few hundred questions (a domain in a city, a word) all day, so the JSON is computed once per index
 * build. Keys carry the index generation: after a catalogue change the old entries are never read again
 * and age out. The cache is bounded by bytes (Caffeine, size-weighted LRU-ish eviction) and holds only
 * public catalogue data, never anything about a person.
 */
@ApplicationScoped
public class SearchResultCache implements SearchResults {

    private final SearchIndex index;
    private final ConditionalJson conditional;
    private final Cache<String, ConditionalJson.Prepared> results;

    public SearchResultCache(SearchIndex index, ConditionalJson conditional, PasserelleConfig config,
            MeterRegistry registry) {
        this.index = index;
        this.conditional = conditional;
        long bytes = config.routing().searchCacheMib() * 1024L * 1024L;
        this.results = bytes <= 0 ? null : Caffeine.newBuilder().maximumWeight(bytes)
                .weigher((String key, ConditionalJson.Prepared value) -> key.length() * 2 + value.json().length + 64)
                .recordStats().build();
        if (results != null) {
            // cache_gets_total{cache="search-results",result="hit|miss"}, cache_evictions_total, ... on /q/metrics
            CaffeineCacheMetrics.monitor(registry, results, "search-results");
        }
    }

    /**
     * The prepared response for a query key (every parameter that shapes the answer) in these languages.
     * Errors from {@code search} propagate and are not cached.
     */
    public ConditionalJson.Prepared get(String queryKey, LanguageSelection languages, Supplier<Object> search) {
        if (results == null) {
            return conditional.prepare(search.get(), languages);
        }
        return results.get(key(index.generation(), queryKey, languages), k -> conditional.prepare(search.get(), languages));
    }

    /** The answer if it is ready, without computing anything (nor building the index): null otherwise. */
    public ConditionalJson.Prepared peek(String queryKey, LanguageSelection languages) {
        long generation = index.builtGeneration();
        return results == null || generation < 0 ? null : results.getIfPresent(key(generation, queryKey, languages));
    }

    private static String key(long generation, String queryKey, LanguageSelection languages) {
        return generation + "|" + String.join(",", languages.chain()) + "|" + queryKey;
    }
}
