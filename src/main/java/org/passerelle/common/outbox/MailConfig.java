package org.passerelle.common.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The outbox sender's settings, under {@code passerelle.mail.}. */
@ConfigMapping(prefix = "passerelle.mail")
public interface MailConfig {

    /** The sender of every mail (a functional mailbox of the city, never a person's). */
    @WithDefault("passerelle@ville.example")
    String from();

    /** The domain part of the Message-IDs (the right of the @), so they are unique to this service. */
    @WithDefault("passerelle.ville.example")
    String messageIdDomain();

    /** Attempts before a mail is given up (marked failed, kept for the operators). */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failure; each further failure doubles it, up to {@link #maxBackoff()}. */
    @WithDefault("1m")
    Duration backoff();

    /** The longest wait between two attempts. */
    @WithDefault("2h")
    Duration maxBackoff();

    /** How often the sender runs (on one replica at a time). */
    @WithDefault("30s")
    Duration sendEvery();

    /** Mails sent per run of the sender at most (the rest wait for the next run). */
    @WithDefault("50")
    int batch();
}
