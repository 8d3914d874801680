package org.passerelle.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Cache rules of the SPA's files. The static handler marks every file {@code public, immutable,
 * max-age=86400}; that is right for the hashed bundles under /assets/ and wrong for the rest: a browser
 * that keeps index.html (every SPA route, /desk included), sw.js or the manifest for a day after a
 * release asks for bundles that no longer exist. Those revalidate on each load instead (the static
 * handler's Last-Modified makes that a 304). The header is set as the response's headers are written,
 * so it wins over the static handler's.
 */
@ApplicationScoped
public class SpaCaching {

    static final String REVALIDATE = "no-cache";

    void register(@Observes Filters filters) {
        filters.register(this::apply, 100);
    }

    void apply(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String path = ctx.request().path();
        if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && revalidates(path)) {
            ctx.addHeadersEndHandler(v -> {
                // A page that must not be stored (SignedLinkPage) stays so, whichever handler runs last.
                String set = ctx.response().headers().get("Cache-Control");
                if (set != null && !set.contains("no-store")) {
                    ctx.response().putHeader("Cache-Control", REVALIDATE);
                }
            });
        }
        ctx.next();
    }

    /** Everything the SPA serves but its hashed bundles; the API and /q/ set their own headers. */
    static boolean revalidates(String path) {
        return path != null && !path.startsWith("/assets/") && !path.startsWith("/api/") && !path.startsWith("/q/");
    }
}
