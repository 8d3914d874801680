package org.passerelle.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser's entry to the server-side code flow. An HTTP permission makes /login require
 * authentication, which in hybrid mode redirects a browser to the IdP; once back, this route sets the
 * CSRF cookie and returns to the SPA. /api never redirects (see ProblemMappers).
 */
@ApplicationScoped
public class LoginRoutes {

    @ConfigProperty(name = "quarkus.oidc.authentication.cookie-force-secure", defaultValue = "true")
    boolean secureCookies;

    void register(@Observes Router router) {
        router.get("/login").handler(ctx -> {
            Cookie csrf = Cookie.cookie(Csrf.COOKIE, Csrf.newToken())
                    .setPath("/").setSameSite(CookieSameSite.STRICT).setSecure(secureCookies).setHttpOnly(false);
            ctx.response().addCookie(csrf);
            ctx.redirect(safeReturnPath(ctx.request().getParam("return")));
        });
    }

    /** Only a local path: an open redirect would let a phishing link borrow our login page. */
    static String safeReturnPath(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//") || requested.contains("\\")
                || requested.contains("\r") || requested.contains("\n")) {
            return "/";
        }
        return requested;
    }
}
