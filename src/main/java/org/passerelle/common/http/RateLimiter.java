package org.passerelle.common.http;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.Problem;

/**
 * Per-client token buckets (docs/decisions/0008-rate-limits-trusted-proxies.md), one set per named {@link Limit}, keyed by
 * {@link ClientAddress}. A request counts once per limit even when both the early route check and the
 * resource's check see it. In memory, so per replica (the ingress can add a global limit); the buckets
 * live in a bounded cache, and a bucket idle long enough to be full again is dropped, which changes
 * nothing for its client, so a flood of new addresses cannot grow memory past {@code max-clients}.
 */
@ApplicationScoped
public class RateLimiter {

    /** The limits, each configured under {@code passerelle.rate-limit.<name>.}. */
    public enum Limit {
        TRIAGE("plans"), SEARCH("searches"), CASE_LISTS("lists of cases or referrals"), PLACES("town suggestions"),
        LINKS("signed-link requests"), PRINTS("printed slips");

        private final String what;

        Limit(String what) {
            this.what = what;
        }

        private RateLimitConfig.Limit of(RateLimitConfig.Limits config) {
            return switch (this) {
                case TRIAGE -> config.triage();
                case SEARCH -> config.search();
                case CASE_LISTS -> config.caseLists();
                case PLACES -> config.places();
                case LINKS -> config.links();
                case PRINTS -> config.prints();
            };
        }
    }

    public static final String SLUG = "too-many-requests";
    public static final String TITLE = "Too Many Requests";
    private static final String TYPE = "https://passerelle.example/problems/" + SLUG;
    private static final String COUNTED = RateLimiter.class.getName() + ".";

    private record Buckets(RateLimitConfig.Limit config, Cache<String, Bucket> clients) {
    }

    private final ClientAddress clients;
    private final TimeMeter clock;
    private final Map<Limit, Buckets> limits = new EnumMap<>(Limit.class);

    @Inject
    public RateLimiter(RateLimitConfig.Limits config, ClientAddress clients) {
        this(config, clients, TimeMeter.SYSTEM_NANOTIME);
    }

    /** With a clock of its own, for tests. */
    public RateLimiter(RateLimitConfig.Limits config, ClientAddress clients, TimeMeter clock) {
        this.clients = clients;
        this.clock = clock;
        for (Limit limit : Limit.values()) {
            RateLimitConfig.Limit settings = limit.of(config);
            if (settings.rate() < 1 || settings.burst() < 1 || settings.period().isNegative() || settings.period().isZero()) {
                throw new IllegalArgumentException("passerelle.rate-limit." + limit.name().toLowerCase(java.util.Locale.ROOT)
                        + ": rate, burst and period must be positive");
            }
            // A bucket idle for this long has refilled to its burst: forgetting it is the same as keeping it.
            Duration refilled = settings.period().multipliedBy((settings.burst() + settings.rate() - 1) / settings.rate());
            limits.put(limit, new Buckets(settings, Caffeine.newBuilder()
                    .maximumSize(config.maxClients())
                    .expireAfterAccess(refilled)
                    .build()));
        }
    }

    /**
     * Takes one request from the client's bucket: 0 when it may go on, else the whole seconds to wait
     * (at least 1).
     */
    public long acquire(Limit limit, ClientAddress.Key client) {
        if (client.unlimited()) {
            return 0;
        }
        Buckets buckets = limits.get(limit);
        ConsumptionProbe probe = buckets.clients().get(client.value(), k -> bucket(buckets.config()))
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    }

    /**
     * For a Vert.x route, before the body is read: true when the request may go on, else it has been
     * answered 429 problem+json with Retry-After.
     */
    public boolean admit(Limit limit, RoutingContext context) {
        long wait = acquireOnce(limit, context);
        if (wait == 0) {
            return true;
        }
        Problem problem = new Problem(TYPE, TITLE, 429, detail(limit, wait), context.request().path(), null);
        context.response().setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Json.encode(problem));
        return false;
    }

    /**
     * For a resource: the same check, for a request no route counted (a path spelling the route did
     * not match); throws the same 429 problem.
     */
    public void require(Limit limit) {
        RoutingContext context = ClientAddress.currentContext().orElse(null);
        if (context == null) {
            return; // not an HTTP request
        }
        long wait = acquireOnce(limit, context);
        if (wait > 0) {
            throw new ApiProblem(429, SLUG, TITLE, detail(limit, wait), null)
                    .withHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait))
                    .withHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** Buckets held for a limit (for tests of the memory bound). */
    long size(Limit limit) {
        return limits.get(limit).clients().estimatedSize();
    }

    void cleanUp() {
        limits.values().forEach(buckets -> buckets.clients().cleanUp());
    }

    private long acquireOnce(Limit limit, RoutingContext context) {
        Long counted = context.get(COUNTED + limit.name());
        if (counted == null) {
            counted = acquire(limit, clients.of(context));
            context.put(COUNTED + limit.name(), counted);
        }
        return counted;
    }

    private static String detail(Limit limit, long wait) {
        return "Too many " + limit.what + " from this client; try again in " + wait + " s.";
    }

    private Bucket bucket(RateLimitConfig.Limit settings) {
        return Bucket.builder()
                .withCustomTimePrecision(clock)
                .addLimit(bandwidth -> bandwidth.capacity(settings.burst()).refillGreedy(settings.rate(), settings.period()))
                .build();
    }
}
