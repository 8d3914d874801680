package org.passerelle.common.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import org.passerelle.common.http.JsonBytes;
import org.passerelle.common.problem.ApiProblem;

/**
 * Idempotency-Key for POST (docs/architecture.md rule 7), the HTTP side: reads the key, fingerprints the request
 * (method, path, body) and turns the outcome into a response. The same key with the same request returns
 * the first response again, without a second effect; with another request it is a 422. The transaction
 * is {@link IdempotentCreates}'s.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 200;

    /** A created resource: its status, location, ETag (or null) and body. */
    public record Created(int status, URI location, String etag, Object body) {
    }

    private final IdempotentCreates creates;
    private final ObjectMapper mapper;
    private final CurrentVertxRequest request;

    public Idempotency(IdempotentCreates creates, ObjectMapper mapper, CurrentVertxRequest request) {
        this.creates = creates;
        this.mapper = mapper;
        this.request = request;
    }

    /**
     * @param principal the caller, whose keys are its own: two partners may use the same key
     */
    public Response execute(String key, String principal, Object body, Supplier<Created> action) {
        if (key == null) {
            return toResponse(creates.run(action));
        }
        if (key.isBlank() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ApiProblem.invalid(HEADER, "must be 1 to " + MAX_KEY + " visible ASCII characters");
        }
        var http = request.getCurrent().request();
        IdempotentCreates.Outcome outcome = creates.run(principal, key,
                fingerprint(http.method().name(), http.path(), body), action);
        if (!outcome.replayed()) {
            return toResponse(new Created(outcome.status(),
                    outcome.location() == null ? null : URI.create(outcome.location()), outcome.etag(),
                    outcome.body()));
        }
        Response.ResponseBuilder replay = Response.status(outcome.status())
                .entity(new JsonBytes(outcome.json().getBytes(StandardCharsets.UTF_8)))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotent-Replayed", "true");
        if (outcome.location() != null) {
            replay.location(URI.create(outcome.location()));
        }
        if (outcome.etag() != null) {
            replay.header("ETag", outcome.etag());
        }
        return replay.build();
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

    /** SHA-256 of the method, the path and the body as read (not as sent: key order, spaces do not count). */
    String fingerprint(String method, String path, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + ' ' + path + '\n').getBytes(StandardCharsets.UTF_8));
            digest.update(mapper.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot hash the request", e);
        }
    }
}
