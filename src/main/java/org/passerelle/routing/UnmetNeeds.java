package org.passerelle.routing;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

/** Counts unmet needs by need, area and day (design.md rule 9). A failure here never fails a triage. */
@ApplicationScoped
public class UnmetNeeds {

    private static final Logger LOG = Logger.getLogger(UnmetNeeds.class);
    /** The day is the city's, so a count does not straddle two days at midnight UTC. */
    private static final ZoneId CITY_ZONE = ZoneId.of("Europe/Paris");

    private final EntityManager entityManager;

    public UnmetNeeds(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void count(String need, String area) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                UnmetNeedCount.Key key = new UnmetNeedCount.Key(LocalDate.now(CITY_ZONE), need, area);
                UnmetNeedCount row = entityManager.find(UnmetNeedCount.class, key,
                        jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
                if (row == null) {
                    row = new UnmetNeedCount();
                    row.id = key;
                    row.occurrences = 1;
                    entityManager.persist(row);
                } else {
                    row.occurrences++;
                }
            });
        } catch (RuntimeException e) {
            LOG.debugf("Unmet-need count not recorded (%s)", e.getClass().getSimpleName());
        }
    }
}
