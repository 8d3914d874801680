package org.passerelle.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;
import org.passerelle.common.http.RateLimiter.Limit;

/** Token buckets per client and limit, on a clock the test turns (plain JUnit). */
class RateLimiterTest {

    private static final ClientAddress CLIENTS = new ClientAddress(List.of(), RateLimitConfig.ForwardedHeader.X_FORWARDED_FOR,
            List.of("192.0.2.0/24"));
    private static final ClientAddress.Key ONE = CLIENTS.resolve("203.0.113.1", List.of());
    private static final ClientAddress.Key TWO = CLIENTS.resolve("203.0.113.2", List.of());

    private long now;
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return now;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    // Triage: 2 per second, in bursts of 4; search: 20 a second, bursts of 60.
    private final RateLimiter limiter = new RateLimiter(config(limit(2, Duration.ofSeconds(1), 4), limit(20, Duration.ofSeconds(1), 60)),
            CLIENTS, clock);

    @Test
    void shouldLetABurstThroughThenRefillAtTheRate() {
        for (int i = 0; i < 4; i++) {
            assertEquals(0, limiter.acquire(Limit.TRIAGE, ONE));
        }
        assertEquals(1, limiter.acquire(Limit.TRIAGE, ONE), "a token comes back in half a second: wait 1 s");
        now += TimeUnit.MILLISECONDS.toNanos(500);
        assertEquals(0, limiter.acquire(Limit.TRIAGE, ONE));
        assertEquals(1, limiter.acquire(Limit.TRIAGE, ONE));
        now += TimeUnit.SECONDS.toNanos(10);
        for (int i = 0; i < 4; i++) {
            assertEquals(0, limiter.acquire(Limit.TRIAGE, ONE), "full again, never more than the burst");
        }
        assertEquals(1, limiter.acquire(Limit.TRIAGE, ONE));
    }

    @Test
    void shouldSayHowLongToWaitInWholeSeconds() {
        RateLimiter slow = new RateLimiter(config(limit(5, Duration.ofMinutes(1), 5), limit(1, Duration.ofSeconds(1), 1)),
                CLIENTS, clock);
        for (int i = 0; i < 5; i++) {
            slow.acquire(Limit.TRIAGE, ONE);
        }
        assertEquals(12, slow.acquire(Limit.TRIAGE, ONE));
        now += TimeUnit.MILLISECONDS.toNanos(11_500);
        assertEquals(1, slow.acquire(Limit.TRIAGE, ONE));
    }

    @Test
    void shouldKeepClientsAndLimitsApart() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire(Limit.TRIAGE, ONE);
        }
        assertEquals(1, limiter.acquire(Limit.TRIAGE, ONE));
        assertEquals(0, limiter.acquire(Limit.TRIAGE, TWO));
        for (int i = 0; i < 60; i++) {
            assertEquals(0, limiter.acquire(Limit.SEARCH, ONE), "the search quota is not the triage's");
        }
        assertEquals(1, limiter.acquire(Limit.SEARCH, ONE));
    }

    @Test
    void shouldNeverLimitTheAllowList() {
        ClientAddress.Key kiosk = CLIENTS.resolve("192.0.2.10", List.of());
        for (int i = 0; i < 1_000; i++) {
            assertEquals(0, limiter.acquire(Limit.TRIAGE, kiosk));
        }
    }

    @Test
    void shouldKeepMemoryBoundedWhenAddressesRotate() {
        RateLimiter small = new RateLimiter(config(limit(1, Duration.ofHours(1), 1), limit(1, Duration.ofHours(1), 1), 100),
                CLIENTS, clock);
        for (int i = 0; i < 10_000; i++) {
            small.acquire(Limit.TRIAGE, new ClientAddress.Key("203.0.113." + i, false));
        }
        small.cleanUp();
        assertEquals(true, small.size(Limit.TRIAGE) <= 100, "at most max-clients buckets: " + small.size(Limit.TRIAGE));
    }

    private static RateLimitConfig.Limit limit(int rate, Duration period, int burst) {
        return new RateLimitConfig.Limit() {
            @Override
            public int rate() {
                return rate;
            }

            @Override
            public Duration period() {
                return period;
            }

            @Override
            public int burst() {
                return burst;
            }
        };
    }

    private static RateLimitConfig.Limits config(RateLimitConfig.Limit triage, RateLimitConfig.Limit search) {
        return config(triage, search, 100_000);
    }

    private static RateLimitConfig.Limits config(RateLimitConfig.Limit triage, RateLimitConfig.Limit search, int maxClients) {
        return new RateLimitConfig.Limits() {
            @Override
            public RateLimitConfig.Limit triage() {
                return triage;
            }

            @Override
            public RateLimitConfig.Limit search() {
                return search;
            }

            @Override
            public RateLimitConfig.Limit caseLists() {
                return search;
            }

            @Override
            public RateLimitConfig.Limit places() {
                return search;
            }

            @Override
            public RateLimitConfig.Limit links() {
                return search;
            }

            @Override
            public RateLimitConfig.Limit prints() {
                return search;
            }

            @Override
            public Optional<List<String>> allow() {
                return Optional.empty();
            }

            @Override
            public int maxClients() {
                return maxClients;
            }

            @Override
            public int unmetNeedsPerDay() {
                return 20;
            }
        };
    }
}
