package org.passerelle.referral;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;
import org.passerelle.common.schedule.JobLease;

/**
 * Expires the referrals left unanswered past the expiry delay (passerelle.referrals.expiry-days), every
 * hour, on one replica (the database lease of decision 0017). Each row still moves by a conditional update
 * (status still "sent"), so even two runs at once would expire each referral once.
 */
@ApplicationScoped
public class ReferralExpiry {

    private static final Logger LOG = Logger.getLogger(ReferralExpiry.class);

    private final Referrals referrals;
    private final JobLease lease;

    public ReferralExpiry(Referrals referrals, JobLease lease) {
        this.referrals = referrals;
        this.lease = lease;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        Integer expired = lease.runOnce("referral-expiry", Duration.ofMinutes(55), Instant.now(),
                referrals::expireOverdue);
        if (expired != null && expired > 0) {
            LOG.infof("Referrals: %d expired after the answer delay", expired);
        }
    }
}
