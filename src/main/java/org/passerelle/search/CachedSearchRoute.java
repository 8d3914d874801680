package org.passerelle.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.passerelle.catalogue.ServiceSearchParams;
import org.passerelle.common.http.ConditionalJson;
import org.passerelle.common.i18n.LanguageSelection;

/**
 * Answers a repeated public search straight from {@link SearchResultCache} on the I/O thread, the way a
 * caching proxy in front of the API would, and hands everything else to the REST resource: a miss, a
 * conditional request, an unusual Accept, an unknown or repeated parameter. The resource fills the
 * cache, so both paths serve the same bytes and headers (tested in ServiceResourceTest).
 */
@ApplicationScoped
public class CachedSearchRoute {

    static final String PATH = "/api/v1/services";

    private final SearchResultCache results;
    @jakarta.inject.Inject
    org.passerelle.common.http.RateLimiter rateLimiter;

    public CachedSearchRoute(SearchResultCache results) {
        this.results = results;
    }

    void install(@Observes Router router) {
        router.get(PATH).order(-100).handler(this::serve);
    }

    void serve(RoutingContext context) {
        if (!rateLimiter.admit(org.passerelle.common.http.RateLimiter.Limit.SEARCH, context)) {
            return; // 429 answered; a search counts here once, whichever path then serves it
        }
        var request = context.request();
        ConditionalJson.Prepared ready = request.method() == HttpMethod.GET && acceptsJson(request.headers())
                && request.getHeader(HttpHeaders.IF_NONE_MATCH) == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? lookup(request.params(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)) : null;
        if (ready == null) {
            context.next();
            return;
        }
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.ETAG, ready.tag().toString())
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, String.join(", ", ready.languages()))
                .end(io.vertx.core.buffer.Buffer.buffer(ready.json()));
    }

    private ConditionalJson.Prepared lookup(MultiMap query, String acceptLanguage) {
        for (String name : query.names()) {
            if (!ServiceSearchParams.NAMES.contains(name) && !"lang".equals(name) || query.getAll(name).size() > 1) {
                return null;
            }
        }
        ServiceSearchParams params;
        LanguageSelection languages;
        try {
            // The record the resource reads, converted by the same rules: both paths share one key.
            params = ServiceSearchParams.of(query::get);
            languages = LanguageSelection.of(query.get("lang"), acceptLanguage);
        } catch (RuntimeException e) {
            return null; // a bad value (?openNow=yes, ?lang=) gets its 400 problem from the resource
        }
        return results.peek(params.cacheKey(), languages);
    }

    /**
     * No Accept, or a plain list (no parameters such as q=) naming application/json or *&#47;*, as
     * browsers and HTTP clients send; anything subtler goes to the resource's negotiation.
     */
    static boolean acceptsJson(MultiMap headers) {
        List<String> accept = headers.getAll(HttpHeaders.ACCEPT);
        if (accept.isEmpty()) {
            return true;
        }
        boolean json = false;
        for (String header : accept) {
            for (String range : header.split(",")) {
                String value = range.trim();
                if (value.contains(";")) {
                    return false;
                }
                json |= value.equals("application/json") || value.equals("*/*");
            }
        }
        return json;
    }
}
