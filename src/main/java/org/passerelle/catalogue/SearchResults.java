package org.passerelle.catalogue;

import java.util.function.Supplier;

import org.passerelle.common.http.ConditionalJson;
import org.passerelle.common.i18n.LanguageSelection;

/**
 * Prepared public search responses, kept ready to serve. Owned here, implemented by the search package's
 * cache, for the same reason as {@link ServiceFinder}.
 */
public interface SearchResults {

    /**
     * The prepared response for a query key (every parameter that shapes the answer) in these languages.
     * Errors from {@code search} propagate and are not cached.
     */
    ConditionalJson.Prepared get(String queryKey, LanguageSelection languages, Supplier<Object> search);
}
