package org.passerelle.common.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.schedule.JobLease;

/**
 * The transaction of an idempotent create: the record of the first response is written with the effect,
 * so both happen or neither does. A record belongs to one caller (its key space) and one request: the
 * fingerprint covers the method, the path and the body, so the same key sent to another endpoint or with
 * another body is a 422 (draft-ietf-httpapi-idempotency-key-header, section 2.7), never the earlier
 * response. Records expire after {@link #RETENTION}: an older one no longer answers and is purged.
 */
@ApplicationScoped
public class IdempotentCreates {

    /** How long a key answers with its first response (the draft leaves it to the server: 24 h). */
    public static final Duration RETENTION = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(IdempotentCreates.class);

    /** Either the first response again, or the new one just made. */
    public record Outcome(boolean replayed, int status, String location, String etag, Object body, String json) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final JobLease lease;

    public IdempotentCreates(EntityManager entityManager, ObjectMapper mapper, JobLease lease) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.lease = lease;
    }

    /** Runs a create without a key, in a transaction of its own like the keyed ones. */
    @Transactional
    public Idempotency.Created run(Supplier<Idempotency.Created> action) {
        return action.get();
    }

    @Transactional
    public Outcome run(String caller, String key, String fingerprint, Supplier<Idempotency.Created> action) {
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(caller, key);
        IdempotencyRecord record = entityManager.find(IdempotencyRecord.class, id);
        Instant now = Instant.now();
        boolean expired = record != null && record.createdAt.isBefore(now.minus(RETENTION));
        if (record != null && !expired) {
            if (!record.requestHash.equals(fingerprint)) {
                throw new ApiProblem(422, "idempotency-key-reused", "Unprocessable Content",
                        "This Idempotency-Key was used for another request (method, path or body).", null);
            }
            return new Outcome(true, record.status, record.location, record.etag, null, record.responseBody);
        }
        Idempotency.Created created = action.get();
        boolean fresh = record == null;
        if (fresh) {
            record = new IdempotencyRecord();
            record.id = id;
        }
        // An expired record is reused in place: a delete and an insert of the same key in one flush
        // would insert first and collide.
        record.requestHash = fingerprint;
        record.status = created.status();
        record.location = created.location() == null ? null : created.location().toString();
        record.etag = created.etag();
        record.responseBody = json(created.body());
        record.createdAt = now;
        if (fresh) {
            entityManager.persist(record);
        }
        return new Outcome(false, created.status(), record.location, created.etag(), created.body(), null);
    }

    /** Hourly, on one replica (decision 0017). */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        lease.runOnce("idempotency-purge", Duration.ofMinutes(55), Instant.now(), this::purgeExpired);
    }

    /** Forgets the keys older than the retention; they would not answer anyway. */
    @Transactional
    public int purgeExpired(Instant now) {
        int purged = entityManager.createQuery("delete from IdempotencyRecord r where r.createdAt < :cutoff")
                .setParameter("cutoff", now.minus(RETENTION)).executeUpdate();
        if (purged > 0) {
            LOG.debugf("Purged %d expired idempotency records", purged);
        }
        return purged;
    }

    /**
     * Forgets every record whose stored response or location names one of these ids (an erasure: the
     * responses of a case's creates hold the person's name and notes). Ids are UUIDs, so LIKE needs no
     * escaping. Runs in the caller's transaction, with the erasure.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int purgeMentioning(java.util.Collection<String> ids) {
        int purged = 0;
        for (String id : ids) {
            purged += entityManager.createQuery("delete from IdempotencyRecord r where r.responseBody like :p "
                    + "or r.location like :p").setParameter("p", "%" + id + "%").executeUpdate();
        }
        return purged;
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }
}
