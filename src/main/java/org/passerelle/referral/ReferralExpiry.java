package org.passerelle.referral;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;
import org.passerelle.common.schedule.JobLease;
import org.passerelle.config.PasserelleConfig;

/**
 * The referrals' deadlines, every hour, on one replica (the database lease of decision 0017): reminds the
 * partners whose answer is due soon (passerelle.referrals.reminder-days-before-due), expires the referrals
 * left unanswered past the expiry delay (passerelle.referrals.expiry-days), and reminds the partners of
 * referrals accepted long ago without an outcome (passerelle.referrals.outcome-reminder-days). Each row
 * still moves by a conditional update (status still "sent", reminded_at still empty), so even two runs at
 * once would mail or expire each referral once.
 */
@ApplicationScoped
public class ReferralExpiry {

    private static final Logger LOG = Logger.getLogger(ReferralExpiry.class);

    private final Referrals referrals;
    private final JobLease lease;
    private final PasserelleConfig config;

    public ReferralExpiry(Referrals referrals, JobLease lease, PasserelleConfig config) {
        this.referrals = referrals;
        this.lease = lease;
        this.config = config;
    }

    /** What one run did. */
    public record Run(int reminded, int expired, int outcomeReminded) {
    }

    @Scheduled(every = "${passerelle.referrals.deadlines-every}", delayed = "${passerelle.referrals.deadlines-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(Instant.now());
    }

    /** One run at this instant, if this replica holds the lease; null when another one does. */
    public Run run(Instant now) {
        // Held for 90% of the period: a replica whose timer fires a moment later skips this period.
        Duration period = config.referrals().deadlinesEvery().multipliedBy(9).dividedBy(10);
        Run run = lease.runOnce("referral-expiry", period, now, this::deadlines);
        if (run != null && run.reminded() + run.expired() + run.outcomeReminded() > 0) {
            LOG.infof("Referrals: %d reminded, %d expired after the answer delay, %d reminded of their outcome",
                    run.reminded(), run.expired(), run.outcomeReminded());
        }
        return run;
    }

    /** The three passes, in the lease's transaction; without the lease, for tests that race them. */
    Run deadlines(Instant now) {
        // Expire first: a referral past its expiry is not reminded as well.
        int expired = referrals.expireOverdue(now);
        return new Run(referrals.remindUnanswered(now), expired, referrals.remindWithoutOutcome(now));
    }
}
