package org.passerelle.routing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jboss.logging.Logger;
import org.passerelle.common.http.ClientAddress;
import org.passerelle.common.http.RateLimitConfig;

/**
 * Counts unmet needs by need, area and day (docs/architecture.md rule 9). Triage only adds to an in-memory counter;
 * a scheduled flush writes the sums, so concurrent triages never wait on a database row lock.
 * <p>
 * One client (by {@link ClientAddress}) adds each (need, area) at most once a day, and at most
 * {@code passerelle.rate-limit.unmet-needs-per-day} of them, so a script cannot inflate the figures;
 * allow-listed clients (the city hall's kiosks, many people behind one address) are all counted. To
 * know who has counted what, the day keeps only an HMAC of the client key under a random salt made for
 * that day, in memory: at the next day the salt and the whole set are dropped, so nothing links a count
 * to a client, and nothing about the client is stored or logged.
 */
@ApplicationScoped
public class UnmetNeeds {

    private static final Logger LOG = Logger.getLogger(UnmetNeeds.class);
    /** The day is the city's, so a count does not straddle two days at midnight UTC. */
    private static final ZoneId CITY_ZONE = ZoneId.of("Europe/Paris");

    /** Clients remembered in a day; past that the least active are forgotten (memory stays bounded). */
    private static final int MAX_CLIENTS_PER_DAY = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A client key under the day's salt: 128 bits of its HMAC-SHA256. */
    private record Pseudonym(long high, long low) {
    }

    /** What a day knows: its salt and, per pseudonym, the (need, area) it has counted. */
    private record Day(LocalDate date, SecretKeySpec salt, Cache<Pseudonym, Set<String>> counted) {

        static Day of(LocalDate date) {
            byte[] salt = new byte[32];
            RANDOM.nextBytes(salt);
            return new Day(date, new SecretKeySpec(salt, "HmacSHA256"),
                    Caffeine.newBuilder().maximumSize(MAX_CLIENTS_PER_DAY).build());
        }

        Pseudonym pseudonym(String client) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(salt);
                ByteBuffer hash = ByteBuffer.wrap(mac.doFinal(client.getBytes(StandardCharsets.UTF_8)));
                return new Pseudonym(hash.getLong(), hash.getLong());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
        }

        /** True when this client has not counted this (need, area) today and is under its daily bound. */
        boolean admit(String client, String need, String area, int bound) {
            String pair = need + '\u0000' + area;
            boolean[] admitted = {false};
            counted.asMap().compute(pseudonym(client), (k, pairs) -> {
                Set<String> set = pairs == null ? new HashSet<>() : pairs;
                admitted[0] = set.size() < bound && set.add(pair);
                return set;
            });
            return admitted[0];
        }
    }

    private final EntityManager entityManager;
    private final ClientAddress clients;
    private final int perClientPerDay;
    private final Map<UnmetNeedCount.Key, LongAdder> pending = new ConcurrentHashMap<>();
    private final AtomicReference<Day> today = new AtomicReference<>(Day.of(LocalDate.now(CITY_ZONE)));

    public UnmetNeeds(EntityManager entityManager, ClientAddress clients, RateLimitConfig.Limits limits) {
        this.entityManager = entityManager;
        this.clients = clients;
        this.perClientPerDay = limits.unmetNeedsPerDay();
    }

    /** Counts an unmet need of the current request's client (any caller outside a request is counted). */
    public void count(String need, String area) {
        LocalDate date = LocalDate.now(CITY_ZONE);
        ClientAddress.Key client = clients.current().orElse(null);
        if (client != null && !client.unlimited() && !day(date).admit(client.value(), need, area, perClientPerDay)) {
            return;
        }
        pending.computeIfAbsent(new UnmetNeedCount.Key(date, need, area), k -> new LongAdder()).increment();
    }

    /** Today's salt and set; the first call of a new day replaces yesterday's, which is then garbage. */
    private Day day(LocalDate date) {
        return today.updateAndGet(day -> day.date().equals(date) ? day : Day.of(date));
    }

    /** Writes the pending counts; what fails to be written is kept for the next flush. */
    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void flush() {
        day(LocalDate.now(CITY_ZONE)); // drops yesterday's salt even on a day without unmet needs
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
