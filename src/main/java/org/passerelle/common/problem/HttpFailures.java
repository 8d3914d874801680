package org.passerelle.common.problem;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.oidc.OIDCException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Failures of routes outside JAX-RS (whose errors {@link ProblemMappers} already shape), which Quarkus
 * would otherwise answer with an empty body or a text page and an ERROR stack trace:
 * <ul>
 * <li>a body over the limit with no Content-Length (chunked), refused by the body handler while it reads:
 * 413 problem;</li>
 * <li>/login and /logout when the IdP cannot be reached: 503 with Retry-After. A browser that navigates
 * there (Accept: text/html) gets a short HTML page it can show; every other client the problem.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpFailures {

    private static final Logger LOG = Logger.getLogger(HttpFailures.class);
    static final String RETRY_AFTER_SECONDS = "30";
    private static final String SIGN_IN_UNAVAILABLE = "Sign-in is unavailable for a moment; the public catalogue still works.";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize bodyLimit;

    void register(@Observes Router router) {
        // First of the failure handlers: Quarkus's own (a text page, an ERROR log) is the last one.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (causedBy(failure, OIDCException.class)) {
            LOG.warnf("Identity provider unavailable on %s", LoggedPaths.of(ctx.request().path()));
            signInUnavailable(ctx);
            return;
        }
        if (ctx.statusCode() == 413 || causedBy(failure, io.netty.handler.codec.TooLongFrameException.class)) {
            HttpProblems.send(ctx, 413, "payload-too-large", "Payload Too Large", "The request body is larger than " + bodyLimit.asLongValue() / 1024 + " KiB.",
                    Map.of("Connection", "close"));
            return;
        }
        ctx.next();
    }

    private static void signInUnavailable(RoutingContext ctx) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("text/html") && !ctx.request().path().startsWith("/api/")) {
            ctx.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end("""
                            <!doctype html>
                            <html lang="fr"><head><meta charset="utf-8"><title>Passerelle</title></head>
                            <body><main>
                            <h1 lang="fr">La connexion est indisponible pour le moment.</h1>
                            <p lang="fr">Réessayez dans une minute. Le catalogue public reste disponible : <a href="/">accueil</a>.</p>
                            <p lang="en">Sign-in is unavailable for a moment. Try again in a minute; the public
                            catalogue still works: <a href="/">home</a>.</p>
                            </main></body></html>
                            """);
            return;
        }
        HttpProblems.send(ctx, 503, "identity-provider-unavailable", "Service Unavailable", SIGN_IN_UNAVAILABLE,
                Map.of(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS));
    }

    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
