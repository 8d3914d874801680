package org.passerelle.common.problem;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem responses written at the Vert.x level, for what is refused before JAX-RS (and its
 * {@link ProblemMappers}) runs: a body or a URL over the limit, a method the management routes do not
 * take, the sign-in routes when the IdP is down.
 */
public final class HttpProblems {

    private HttpProblems() {
    }

    public static void send(RoutingContext ctx, int status, String slug, String title, String detail,
            Map<String, String> headers) {
        var response = ctx.response();
        if (response.headWritten()) {
            // Too late to change the answer: the connection is all we can end.
            ctx.request().connection().close();
            return;
        }
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail, LoggedPaths.of(ctx.request().path()), null);
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        headers.forEach(response::putHeader);
        response.end(Json.encode(problem));
    }
}
