package org.passerelle.routing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * Counts unmet needs by need, area and day (design.md rule 9). Triage only adds to an in-memory counter;
 * a scheduled flush writes the sums, so concurrent triages never wait on a database row lock.
 */
@ApplicationScoped
public class UnmetNeeds {

    private static final Logger LOG = Logger.getLogger(UnmetNeeds.class);
    /** The day is the city's, so a count does not straddle two days at midnight UTC. */
    private static final ZoneId CITY_ZONE = ZoneId.of("Europe/Paris");

    private final EntityManager entityManager;
    private final Map<UnmetNeedCount.Key, LongAdder> pending = new ConcurrentHashMap<>();

    public UnmetNeeds(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void count(String need, String area) {
        pending.computeIfAbsent(new UnmetNeedCount.Key(LocalDate.now(CITY_ZONE), need, area), k -> new LongAdder())
                .increment();
    }

    /** Writes the pending counts; what fails to be written is kept for the next flush. */
    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void flush() {
        for (Map.Entry<UnmetNeedCount.Key, LongAdder> entry : pending.entrySet()) {
            long occurrences = entry.getValue().sumThenReset();
            if (occurrences == 0) {
                continue;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    UnmetNeedCount row = entityManager.find(UnmetNeedCount.class, entry.getKey());
                    if (row == null) {
                        row = new UnmetNeedCount();
                        row.id = entry.getKey();
                        entityManager.persist(row);
                    }
                    row.occurrences += (int) occurrences;
                });
            } catch (RuntimeException e) {
                entry.getValue().add(occurrences);
                LOG.warnf("Unmet-need counts not written yet (%s); kept for the next flush", e.getClass().getSimpleName());
            }
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        flush();
    }
}
