package org.passerelle.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import org.passerelle.common.schedule.JobLease;

/** The database lease as a rule: one holder per period, whoever races for it (H2 here; PostgreSQL twin). */
@QuarkusTest
public class JobLeaseTest {

    static final Duration HOUR = Duration.ofHours(1);

    @Inject
    JobLease lease;

    @Test
    void shouldGiveTheLeaseToOneHolderUntilItLapses() {
        String job = "test-" + UUID.randomUUID();
        Instant t0 = Instant.parse("2026-12-07T10:00:00Z");
        assertTrue(lease.acquire(job, "replica-a", t0, HOUR));
        assertFalse(lease.acquire(job, "replica-b", t0.plusSeconds(5), HOUR), "held by a for the hour");
        assertTrue(lease.acquire(job, "replica-a", t0.plusSeconds(60), HOUR), "the holder renews its own lease");
        assertFalse(lease.acquire(job, "replica-b", t0.plus(HOUR), HOUR), "renewed at +60 s, so held until then");
        assertTrue(lease.acquire(job, "replica-b", t0.plus(HOUR).plusSeconds(60), HOUR), "lapsed: b takes it");
        assertFalse(lease.acquire(job, "replica-a", t0.plus(HOUR).plusSeconds(61), HOUR));
    }

    @Test
    void shouldRunTheJobOnlyWhenThisReplicaHoldsTheLease() {
        String job = "test-" + UUID.randomUUID();
        Instant t0 = Instant.parse("2026-12-07T10:00:00Z");
        assertTrue(lease.acquire(job, "another-replica", t0, HOUR));
        assertNull(lease.runOnce(job, HOUR, t0.plusSeconds(1), now -> "ran"), "another replica holds it");
        assertEquals("ran at " + t0.plus(HOUR), lease.runOnce(job, HOUR, t0.plus(HOUR), now -> "ran at " + now));
    }

    @Test
    void shouldLetOneOfEightRacingReplicasWin() throws Exception {
        assertEquals(1, race(lease, 8), "exactly one replica wins a fresh lease");
    }

    /** Eight replicas ask for a fresh job's lease at the same instant; returns how many got it. */
    static int race(JobLease lease, int replicas) throws Exception {
        String job = "race-" + UUID.randomUUID();
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            List<Future<Boolean>> wins = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                String who = "replica-" + i;
                Callable<Boolean> attempt = () -> {
                    start.await();
                    return lease.acquire(job, who, now, HOUR);
                };
                wins.add(pool.submit(attempt));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> win : wins) {
                won += win.get() ? 1 : 0;
            }
            return won;
        } finally {
            pool.shutdownNow();
        }
    }
}
