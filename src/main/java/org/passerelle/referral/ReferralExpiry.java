package org.passerelle.referral;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * Expires the referrals left unanswered past the expiry delay (passerelle.referrals.expiry-days), every
 * hour. Each row moves by a conditional update (status still "sent"), so two replicas running it at once
 * expire each referral once; the database lease that keeps the job itself to one replica comes with the
 * reminders and retention jobs.
 */
@ApplicationScoped
public class ReferralExpiry {

    private static final Logger LOG = Logger.getLogger(ReferralExpiry.class);

    private final Referrals referrals;

    public ReferralExpiry(Referrals referrals) {
        this.referrals = referrals;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        int expired = QuarkusTransaction.requiringNew().call(() -> referrals.expireOverdue(Instant.now()));
        if (expired > 0) {
            LOG.infof("Referrals: %d expired after the answer delay", expired);
        }
    }
}
