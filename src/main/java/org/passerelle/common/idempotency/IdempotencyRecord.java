package org.passerelle.common.idempotency;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The first response to a POST sent with an Idempotency-Key, kept to answer its replays. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @EmbeddedId
    public Key id;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    public String location;

    public String etag;

    @Column(name = "response_body", length = 200000)
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Keys are per principal: two partners may use the same key. */
    @Embeddable
    public record Key(@Column(name = "principal") String principal, @Column(name = "key_value") String keyValue)
            implements Serializable {
    }
}
