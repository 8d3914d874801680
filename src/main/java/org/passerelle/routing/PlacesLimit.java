package org.passerelle.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import org.passerelle.common.http.RateLimiter;

/**
 * Counts a town suggestion against its per-client limit on the Vert.x route, before the body is read or
 * validated, as {@link TriageLimit} does for the triage.
 */
@ApplicationScoped
class PlacesLimit {

    static final String PATH = "/api/v1/places/suggest";

    void install(@Observes Router router, RateLimiter limiter) {
        router.post(PATH).order(-100).handler(context -> {
            if (limiter.admit(RateLimiter.Limit.PLACES, context)) {
                context.next();
            }
        });
    }
}
