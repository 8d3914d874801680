package org.passerelle.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import org.passerelle.common.http.RateLimiter;

/**
 * Counts a triage against its per-client limit on the Vert.x route, before the body is read or
 * validated: a client sending invalid bodies spends its quota like any other (each costs parsing and
 * validation), and a refused request is answered before its body is touched.
 */
@ApplicationScoped
class TriageLimit {

    static final String PATH = "/api/v1/triage";

    void install(@Observes Router router, RateLimiter limiter) {
        router.post(PATH).order(-100).handler(context -> {
            if (limiter.admit(RateLimiter.Limit.TRIAGE, context)) {
                context.next();
            }
        });
    }
}
