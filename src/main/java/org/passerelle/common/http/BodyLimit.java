package org.passerelle.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.passerelle.common.problem.Problem;

/**
 * Refuses a body over the HTTP limit with a 413 problem. A declared one (Content-Length) is refused before
 * it is read. A chunked one (no length) is read here, up to the limit, before JAX-RS: Quarkus REST would
 * otherwise find out while Jackson reads it, answer an empty 413 itself and leave the failure to the
 * mappers (two ERROR stack traces). Quarkus REST reads a body already read from the routing context.
 * Past the limit the body handler fails the request with 413, which HttpFailures answers with a problem.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void register(@Observes Filters filters) {
        long max = limit.asLongValue();
        String detail = "The request body is larger than " + (max / 1024) + " KiB.";
        filters.register(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceeds(length, max)) {
                Problem problem = new Problem("https://passerelle.example/problems/payload-too-large",
                        "Payload Too Large", 413, detail, ctx.request().path(), null);
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Json.encode(problem));
                return;
            }
            ctx.next();
        }, 100);
    }

    void register(@Observes Router router) {
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limit.asLongValue());
        // Before the JAX-RS route; only bodies of unknown length, the others are streamed as before.
        router.route("/api/*").order(-10).handler(ctx -> {
            var request = ctx.request();
            if (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null && request.headers().contains("Transfer-Encoding")) {
                chunked.handle(ctx);
            } else {
                ctx.next();
            }
        });
    }

    private static boolean exceeds(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
