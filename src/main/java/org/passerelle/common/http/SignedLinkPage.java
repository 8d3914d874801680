package org.passerelle.common.http;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * The public page of a signed link, /r/{token} (decision 0018): its address is a credential, so no cache
 * may keep the page under it ({@code no-store}: the browser's HTTP cache keys entries by address, and a
 * shared proxy would too) and no search engine may index it. The SPA's routes are rerouted to index.html,
 * which clears the headers and runs the filters again with index.html's path, so the path the browser asked
 * for is read as DeskCamera keeps it, and the headers are set as the response's are written (SpaCaching never
 * weakens a no-store). No Referer ever leaves the page: Referrer-Policy is no-referrer everywhere.
 */
@ApplicationScoped
public class SignedLinkPage {

    static final String CACHE_CONTROL = "no-store";
    static final String ROBOTS = "noindex, nofollow, noarchive";
    private static final Pattern PAGE = Pattern.compile("/r(/.*)?");

    void register(@Observes Filters filters) {
        filters.register(this::apply, 100);
    }

    void apply(RoutingContext ctx) {
        String asked = ctx.get(DeskCamera.ASKED_PATH);
        if (asked == null) {
            asked = ctx.request().path();
            ctx.put(DeskCamera.ASKED_PATH, asked == null ? "" : asked);
        }
        if (isLinkPage(asked)) {
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Cache-Control", CACHE_CONTROL)
                    .set("Pragma", "no-cache").set("X-Robots-Tag", ROBOTS));
        }
        ctx.next();
    }

    static boolean isLinkPage(String path) {
        return path != null && PAGE.matcher(path).matches();
    }
}
