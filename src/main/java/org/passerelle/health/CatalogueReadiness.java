package org.passerelle.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.passerelle.routing.RoutingSnapshot;
import org.passerelle.search.SearchIndex;

/**
 * Ready only when triage and search can answer: the routing snapshot and the search index are built
 * lazily from the catalogue, and a build that fails (issue 10: one bad record made every build throw)
 * answered 500 to every triage and search while the database check kept readiness at 200, so the pod
 * stayed in the load balancer. Each probe asks for the current build, which builds it if a catalogue
 * change dropped it; a broken build reports DOWN, and the next probe retries it (a later fix of the
 * record, or another replica's, heals it without a restart).
 *
 * <p>The check is synchronous, so SmallRye Health runs it on a worker thread, where the build may use
 * the database. Only the exception's type goes in the response: its message could quote catalogue
 * content, and readiness is public.
 */
@Readiness
@ApplicationScoped
public class CatalogueReadiness implements HealthCheck {

    static final String NAME = "catalogue";

    private static final Logger LOG = Logger.getLogger(CatalogueReadiness.class);

    private final Map<String, Callable<?>> builds;
    private final Map<String, Boolean> failing = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    public CatalogueReadiness(RoutingSnapshot routing, SearchIndex search) {
        this(Map.of("routing-snapshot", routing::view, "search-index", search::generation));
    }

    /** The builds to check, by name; for the unit test. */
    CatalogueReadiness(Map<String, Callable<?>> builds) {
        this.builds = new LinkedHashMap<>(new java.util.TreeMap<>(builds));
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        builds.forEach((name, build) -> {
            try {
                build.call();
                response.withData(name, "UP");
                if (failing.remove(name) != null) {
                    LOG.infof("Readiness: the %s is built again", name);
                }
            } catch (Exception e) {
                // The stack trace once per failure, not on every probe.
                if (failing.put(name, Boolean.TRUE) == null) {
                    LOG.errorf(e, "Readiness: the %s could not be built", name);
                }
                response.down().withData(name, "DOWN: " + e.getClass().getSimpleName());
            }
        });
        return response.build();
    }
}
