package org.passerelle.catalogue;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

/**
 * "Recent capacity declines" of a service: a score that each decline for lack of capacity raises by one
 * and that halves every {@link #HALF_LIFE} (two weeks: a service full a month ago may have room now). It is kept apart from the
 * waiting list the partner maintains, shown on the service, and used by the triage's ranking. Stored as
 * (score, moment), so it decays on reading and needs no job.
 */
@ApplicationScoped
public class CapacitySignal {

    /** From this score a service ranks after an otherwise equal one (about one decline in the last weeks). */
    public static final double RANKING_THRESHOLD = 0.5;
    public static final Duration HALF_LIFE = Duration.ofDays(14);

    private final ServiceOfferRepository services;
    private final Event<CatalogueChanged> changed;

    public CapacitySignal(ServiceOfferRepository services, Event<CatalogueChanged> changed) {
        this.services = services;
        this.changed = changed;
    }

    /** In the decline's transaction: the score and the decline commit together. */
    void onDecline(@Observes CapacityDeclined decline) {
        services.findByIdOptional(decline.serviceId()).ifPresent(s -> {
            double now = decayed(s.capacitySignal, s.capacitySignalAt, decline.at(), HALF_LIFE) + 1;
            // A bulk update: the signal is not the partner's record, so it does not move its version (ETag).
            services.update("capacitySignal = ?1, capacitySignalAt = ?2 where id = ?3", now, decline.at(), s.id);
            changed.fire(new CatalogueChanged("capacity"));
        });
    }

    /** The score now, rounded to a tenth; null when there never was a decline. */
    public static Double now(ServiceOffer s) {
        if (s.capacitySignal == null) {
            return null;
        }
        return Math.round(decayed(s.capacitySignal, s.capacitySignalAt, Instant.now(), HALF_LIFE) * 10) / 10.0;
    }

    public static double decayed(Double score, Instant at, Instant now, Duration halfLife) {
        if (score == null || at == null) {
            return 0;
        }
        double halves = Math.max(0, Duration.between(at, now).toMinutes()) / (double) halfLife.toMinutes();
        return score * Math.pow(0.5, halves);
    }
}
