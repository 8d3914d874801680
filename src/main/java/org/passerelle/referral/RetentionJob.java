package org.passerelle.referral;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;
import org.passerelle.common.schedule.JobLease;

/**
 * Runs the retention (anonymisation and the journal purge) once a night, on one replica (the database
 * lease of decision 0017). It logs one line of counts, never which case.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final Retention retention;
    private final JobLease lease;

    public RetentionJob(Retention retention, JobLease lease) {
        this.retention = retention;
        this.lease = lease;
    }

    @Scheduled(cron = "0 20 3 * * ?", timeZone = "Europe/Paris",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        runAt(Instant.now());
    }

    /** One run at this instant (a fixed clock in tests); null when another replica holds the lease. */
    public Retention.Summary runAt(Instant now) {
        Retention.Summary summary = lease.runOnce("retention", Duration.ofHours(23), now, retention::run);
        if (summary != null) {
            LOG.infof("Retention: %d cases anonymised, %d open referrals cancelled, %d access journal rows purged",
                    summary.casesAnonymised(), summary.referralsCancelled(), summary.journalRowsPurged());
        }
        return summary;
    }
}
