package org.passerelle.common.http;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.vertx.http.ManagementInterface;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.passerelle.common.problem.HttpProblems;

/**
 * Requests refused before any route, each with a problem (Quarkus and Vert.x would answer with a bare
 * status, or not refuse at all):
 * <ul>
 * <li>a request target over {@link #MAX_URL} characters: 414. Vert.x refuses an initial line over
 * {@code quarkus.http.limits.max-initial-line-length} itself, with an empty body and before any handler;
 * that limit is set well above this one so that this filter, not Vert.x, is the one that answers;</li>
 * <li>TRACE anywhere, and anything but GET, HEAD and OPTIONS on health and metrics: 405 with Allow. Their
 * routes take every method otherwise;</li>
 * <li>OPTIONS on /api/: Allow names the methods of the matched path only (Quarkus REST lists those of
 * the whole resource class).</li>
 * </ul>
 * And, after every other route, a path under /q/ that nothing serves (health and metrics on the public
 * port once they live on the management interface) gets a 404 problem, not Vert.x's HTML page.
 */
@ApplicationScoped
public class RequestGuards {

    /** The longest request target we serve (RFC 9110 §4.1 recommends supporting at least 8000). */
    public static final int MAX_URL = 4096;
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String READS_ALLOW = "GET, HEAD, OPTIONS";

    private final AllowedMethods allowedMethods;

    public RequestGuards(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, 200);
    }

    /** Last of all routes: the SPA's fallback ignores /q/, and /api/ has the JAX-RS problems already. */
    void notFound(@Observes Router router) {
        router.route("/q/*").order(Integer.MAX_VALUE - 1).handler(ctx -> HttpProblems.send(ctx, 404, "not-found",
                "Not Found", "Nothing is served at this path.", Map.of()));
    }

    /** The management interface (when enabled) serves health and metrics on its own router. */
    void registerManagement(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(this::guard);
    }

    void guard(RoutingContext ctx) {
        var request = ctx.request();
        if (request.uri().length() > MAX_URL) {
            HttpProblems.send(ctx, 414, "uri-too-long", "URI Too Long",
                    "The URL is longer than " + MAX_URL + " characters; send fewer or shorter parameters.",
                    Map.of("Connection", "close"));
            return;
        }
        String path = request.path();
        HttpMethod method = request.method();
        // Not all of /q/: the dev UI posts to its own routes in dev mode.
        boolean management = path.startsWith("/q/health") || path.startsWith("/q/metrics");
        if (method == HttpMethod.TRACE || management && !READS.contains(method)) {
            String allow = path.startsWith("/api/") ? String.join(", ", allowedMethods.forPath(path)) : READS_ALLOW;
            HttpProblems.send(ctx, 405, "method-not-allowed", "Method Not Allowed",
                    "This path does not accept that method; see the Allow header.",
                    allow.isEmpty() ? Map.of() : Map.of(HttpHeaders.ALLOW, allow));
            return;
        }
        if (method == HttpMethod.OPTIONS && path.startsWith("/api/")) {
            Set<String> allowed = allowedMethods.forPath(path);
            if (!allowed.isEmpty()) {
                ctx.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, String.join(", ", allowed)).end();
                return;
            }
        }
        ctx.next();
    }
}
