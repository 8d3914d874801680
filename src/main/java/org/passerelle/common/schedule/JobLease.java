package org.passerelle.common.schedule;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

/**
 * Runs a scheduled job on one replica per period (docs/decisions/0017-database-lease.md). Every replica's
 * scheduler fires; each tries one conditional UPDATE of the job's lease row ("free, or already mine"),
 * and only the one that changed the row runs the job. The lease is kept until it lapses rather than
 * released at the end, so a replica whose timer fires a few seconds later finds it held and skips that
 * period. The jobs themselves still move each row by a conditional update, so even a lease that lapsed
 * mid-run cannot make a mail or a purge happen twice. Same SQL on H2 and PostgreSQL; no Quartz tables.
 */
@ApplicationScoped
public class JobLease {

    private static final Logger LOG = Logger.getLogger(JobLease.class);

    /** This process, as a lease holder: unique per boot, never a person. */
    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    private final EntityManager entityManager;

    public JobLease(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public String holder() {
        return holder;
    }

    /**
     * Runs the job in a transaction of its own if this replica wins the lease for the period; returns what
     * it returned, or null when another replica holds the lease.
     */
    public <T> T runOnce(String job, Duration period, Instant now, Function<Instant, T> body) {
        if (!acquire(job, holder, now, period)) {
            LOG.debugf("Job %s: the lease is held elsewhere, skipped", job);
            return null;
        }
        return QuarkusTransaction.requiringNew().call(() -> body.apply(now));
    }

    /**
     * Takes the lease of the job for the period if it is free (lapsed) or already the holder's: true when
     * this holder now has it. The row is created on the first use; two replicas creating it at once
     * collide on its key, and the loser simply reads it as held.
     */
    public boolean acquire(String job, String who, Instant now, Duration period) {
        if (!exists(job)) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    JobLeaseRow row = new JobLeaseRow();
                    row.job = job;
                    row.until = Instant.EPOCH;
                    entityManager.persist(row);
                });
            } catch (RuntimeException e) {
                if (!exists(job)) {
                    throw e;
                }
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "update JobLeaseRow l set l.holder = :who, l.until = :until, l.lastRunAt = :now "
                        + "where l.job = :job and (l.until <= :now or l.holder = :who)")
                .setParameter("who", who).setParameter("until", now.plus(period)).setParameter("now", now)
                .setParameter("job", job).executeUpdate() == 1);
    }

    private boolean exists(String job) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(JobLeaseRow.class, job) != null);
    }
}
