package org.passerelle.common.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.passerelle.common.http.JsonBytes;
import org.passerelle.common.problem.ApiProblem;

/**
 * Idempotency-Key for POST (design.md rule 7): the same key with the same body returns the first
 * response again, without a second effect; the same key with another body is a 422. The record is
 * written in the same transaction as the effect, so both happen or neither does.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 200;

    /** A created resource: its status, location, ETag (or null) and body. */
    public record Created(int status, URI location, String etag, Object body) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public Idempotency(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @Transactional
    public Response execute(String key, String principal, Object request, Supplier<Created> action) {
        if (key == null) {
            return toResponse(action.get());
        }
        if (key.isBlank() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ApiProblem.invalid(HEADER, "must be 1 to " + MAX_KEY + " visible ASCII characters");
        }
        String hash = hash(request);
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(principal, key);
        IdempotencyRecord previous = entityManager.find(IdempotencyRecord.class, id);
        if (previous != null) {
            if (!previous.requestHash.equals(hash)) {
                throw new ApiProblem(422, "idempotency-key-reused", "Unprocessable Content",
                        "This Idempotency-Key was used with another request body.", null);
            }
            Response.ResponseBuilder replay = Response.status(previous.status)
                    .entity(new JsonBytes(previous.responseBody.getBytes(StandardCharsets.UTF_8)))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Idempotent-Replayed", "true");
            if (previous.location != null) {
                replay.location(URI.create(previous.location));
            }
            if (previous.etag != null) {
                replay.header("ETag", previous.etag);
            }
            return replay.build();
        }
        Created created = action.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = id;
        record.requestHash = hash;
        record.status = created.status();
        record.location = created.location() == null ? null : created.location().toString();
        record.etag = created.etag();
        record.responseBody = json(created.body());
        record.createdAt = Instant.now();
        entityManager.persist(record);
        return toResponse(created);
    }

    private static Response toResponse(Created created) {
        Response.ResponseBuilder builder = Response.status(created.status()).entity(created.body())
                .type(MediaType.APPLICATION_JSON_TYPE);
        if (created.location() != null) {
            builder.location(created.location());
        }
        if (created.etag() != null) {
            builder.header("ETag", created.etag());
        }
        return builder.build();
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot hash the request", e);
        }
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }
}
