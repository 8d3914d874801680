package org.passerelle.common.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;
import org.passerelle.common.schedule.JobLease;

/**
 * Sends the outbox, at least once: on one replica per period (the job lease, decision 0017), each due
 * row through SMTP, then marked sent by a conditional update. A crash between the SMTP answer and the
 * update sends the row again on the next run, with the same Message-ID, so a mail client shows it once.
 * Logs say counts and an exception's type only: never a recipient, a subject or a body (a body may hold a
 * signed link).
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final Mailer mailer;
    private final MailConfig config;
    private final JobLease lease;

    public OutboxSender(Outbox outbox, Mailer mailer, MailConfig config, JobLease lease) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.config = config;
        this.lease = lease;
    }

    @Scheduled(every = "${passerelle.mail.send-every}", delayed = "${passerelle.mail.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // Held for 90% of the period, so a replica whose timer fires a moment later skips this period. A
        // run longer than that may overlap the next replica's: a mail may then go out twice, with one
        // Message-ID (at least once, never lost).
        Duration period = config.sendEvery().multipliedBy(9).dividedBy(10);
        lease.runOnce("mail-outbox", period, Instant.now(), this::sendDue);
    }

    /** Sends what is due at this instant; returns how many went out. */
    public int sendDue(Instant now) {
        int sent = 0;
        int failed = 0;
        for (OutboxMail mail : outbox.due(now, config.batch())) {
            try {
                mailer.send(Mail.withText(mail.recipient, mail.subject, mail.body).setFrom(config.from())
                        .addHeader("Message-ID", mail.messageId));
            } catch (RuntimeException e) {
                failed++;
                outbox.markFailed(mail.id, mail.attempts, e.getClass().getSimpleName(), Instant.now());
                continue;
            }
            if (outbox.markSent(mail.id, Instant.now())) {
                sent++;
            }
        }
        if (sent > 0 || failed > 0) {
            LOG.infof("Mail outbox: %d sent, %d failed (will retry)", sent, failed);
        }
        return sent;
    }
}
