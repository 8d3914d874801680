package org.passerelle.routing;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.common.problem.ApiProblem;
import org.passerelle.config.PasserelleConfig;

/**
 * A fixed one-minute window per client address for the anonymous triage (quality-plan API4). In
 * memory, so per replica; the ingress can add a global limit.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_CLIENTS = 100_000;

    private record Window(long start, AtomicInteger count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final PasserelleConfig config;

    public RateLimiter(PasserelleConfig config) {
        this.config = config;
    }

    public void check(String client) {
        long now = System.currentTimeMillis();
        if (windows.size() > MAX_CLIENTS) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS);
        }
        Window window = windows.compute(client, (k, w) -> w == null || now - w.start() >= WINDOW_MILLIS
                ? new Window(now, new AtomicInteger()) : w);
        if (window.count().incrementAndGet() > config.routing().triagePerMinute()) {
            long retryAfter = Math.max(1, (window.start() + WINDOW_MILLIS - now + 999) / 1000);
            throw new ApiProblem(429, "too-many-requests", "Too Many Requests",
                    "Too many plans from this address; try again in " + retryAfter + " s.", null)
                    .withHeader("Retry-After", String.valueOf(retryAfter));
        }
    }
}
