package org.passerelle.common.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One mail of the outbox: queued, then sent (body cleared) or given up after the last attempt. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    @Id
    public UUID id;

    /** The Message-ID header, fixed when queued: a retry after a lost answer is the same message. */
    @Column(name = "message_id", nullable = false)
    public String messageId;

    /** The record whose withdrawal or erasure drops this mail, if any (a referral case). */
    @Column(name = "owner_id")
    public UUID ownerId;

    /** What kind of mail it is (for counts and tests), never its content. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    /** The text; null once sent, since it may hold a signed link. */
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Set when the last attempt failed: the mail is no longer tried. */
    @Column(name = "failed_at")
    public Instant failedAt;

    /** The type of the last failure (an exception's class), never a server's full answer. */
    @Column(name = "last_error")
    public String lastError;
}
