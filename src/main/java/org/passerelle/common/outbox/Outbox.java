package org.passerelle.common.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The mail outbox's rows. {@link #queue} joins the caller's transaction, so a mail exists exactly when
 * the change it tells about was committed; every later move of a row is a conditional update, so two
 * senders (a lease that lapsed mid-run) cannot both count one attempt or both mark it sent.
 */
@ApplicationScoped
public class Outbox implements PanacheRepositoryBase<OutboxMail, UUID> {

    private final MailConfig config;

    public Outbox(MailConfig config) {
        this.config = config;
    }

    /** What to send: the recipient, a subject and a plain-text body. */
    public record Message(String kind, UUID ownerId, String recipient, String subject, String body) {
    }

    /** Queues a mail in the caller's transaction; its Message-ID is fixed now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMail queue(Message message, Instant now) {
        OutboxMail mail = new OutboxMail();
        mail.id = UUID.randomUUID();
        mail.messageId = "<" + mail.id + "@" + config.messageIdDomain() + ">";
        mail.ownerId = message.ownerId();
        mail.kind = message.kind();
        mail.recipient = message.recipient();
        mail.subject = message.subject();
        mail.body = message.body();
        mail.createdAt = now;
        mail.nextAttemptAt = now;
        persist(mail);
        return mail;
    }

    /** Drops what still waits about this owner (consent withdrawn, erasure); sent rows keep their metadata. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long dropQueued(UUID ownerId) {
        return delete("ownerId = ?1 and sentAt is null", ownerId);
    }

    /** Deletes every row about this owner, sent or not (erasure). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long deleteAll(UUID ownerId) {
        return delete("ownerId", ownerId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxMail> due(Instant now, int limit) {
        return find("sentAt is null and failedAt is null and nextAttemptAt <= ?1 order by nextAttemptAt, id", now)
                .page(0, limit).list();
    }

    /** Marks the row sent and clears its body, if no other sender did it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markSent(UUID id, Instant now) {
        return update("sentAt = ?1, body = null, attempts = attempts + 1, lastError = null where id = ?2 "
                + "and sentAt is null", now, id) == 1;
    }

    /** Counts a failed attempt and schedules the next one (doubling the wait), or gives up after the last. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markFailed(UUID id, int attemptsBefore, String error, Instant now) {
        int attempts = attemptsBefore + 1;
        String reason = error.length() > 300 ? error.substring(0, 300) : error;
        if (attempts >= config.maxAttempts()) {
            return update("attempts = ?1, failedAt = ?2, lastError = ?3 where id = ?4 and sentAt is null "
                    + "and attempts = ?5", attempts, now, reason, id, attemptsBefore) == 1;
        }
        return update("attempts = ?1, nextAttemptAt = ?2, lastError = ?3 where id = ?4 and sentAt is null "
                + "and attempts = ?5", attempts, now.plus(backoff(attempts)), reason, id, attemptsBefore) == 1;
    }

    /** The wait after the n-th failure: the configured backoff doubled n-1 times, capped. */
    Duration backoff(int failures) {
        Duration wait = config.backoff().multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }
}
