package org.passerelle.common.http;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * The camera for the desk's pages only (the visit reads a kiosk plan's QR code, issue 17): their
 * Permissions-Policy allows it on this origin, every other page keeps {@code camera=()}
 * (application.properties). A path-based header filter cannot say so: the SPA's routes are rerouted to
 * index.html, which clears the headers and runs the filters again with index.html's path. So the path the
 * browser asked for is kept in the routing context on the first pass (its data outlives a reroute), and
 * the policy is set as the response's headers are written, over the filter's.
 */
@ApplicationScoped
public class DeskCamera {

    static final String POLICY = "camera=(self), microphone=(), geolocation=(), payment=()";
    static final String ASKED_PATH = "passerelle.asked-path";
    /** The desk, and /staff, where signing in lands before the desk opens in the same page. */
    private static final Pattern DESK = Pattern.compile("/(desk|staff)(/.*)?");

    void register(@Observes Filters filters) {
        filters.register(this::apply, 100);
    }

    void apply(RoutingContext ctx) {
        String asked = ctx.get(ASKED_PATH);
        if (asked == null) {
            asked = ctx.request().path();
            ctx.put(ASKED_PATH, asked == null ? "" : asked);
        }
        if (allowsCamera(asked)) {
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Permissions-Policy", POLICY));
        }
        ctx.next();
    }

    static boolean allowsCamera(String path) {
        return path != null && DESK.matcher(path).matches();
    }
}
