package org.passerelle.referral;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.config.PasserelleConfig;

/**
 * Signs and reads link tokens: {@code base64url(claims) "." base64url(HMAC-SHA256(secret, claims))},
 * where the claims are a version byte, the link's id, the referral's id, the purpose and the expiry in
 * epoch seconds (42 bytes). The MAC is compared in constant time. A token says which row to read and
 * binds it: a token edited to name another referral, purpose or expiry no longer verifies. Plain JDK
 * crypto rather than a JWT library: one algorithm, no header to negotiate (no "alg" confusion), and 40
 * lines to review (decision 0018).
 */
@ApplicationScoped
public class LinkTokens {

    static final byte VERSION = 1;
    private static final int CLAIMS = 1 + 16 + 16 + 1 + 8;
    private static final int MIN_SECRET = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a verified token says. */
    public record Claims(UUID link, UUID referral, LinkPurpose purpose, Instant expiresAt) {
    }

    private final SecretKeySpec key;

    public LinkTokens(PasserelleConfig config) {
        String secret = config.links().secret();
        if (secret.strip().length() < MIN_SECRET) {
            throw new IllegalStateException("passerelle.links.secret (PASSERELLE_LINKS_SECRET) must hold at least "
                    + MIN_SECRET + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(Claims claims) {
        ByteBuffer bytes = ByteBuffer.allocate(CLAIMS).put(VERSION)
                .putLong(claims.link().getMostSignificantBits()).putLong(claims.link().getLeastSignificantBits())
                .putLong(claims.referral().getMostSignificantBits()).putLong(claims.referral().getLeastSignificantBits())
                .put(claims.purpose().tag()).putLong(claims.expiresAt().getEpochSecond());
        byte[] body = bytes.array();
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(mac(body));
    }

    /** The claims of a token this server signed; empty for anything else (malformed, forged, edited). */
    public Optional<Claims> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0 || token.indexOf('.', dot + 1) >= 0) {
            return Optional.empty();
        }
        byte[] body;
        byte[] signature;
        try {
            body = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // Constant time: how many leading bytes of a guess were right must not show in the answer's delay.
        if (body.length != CLAIMS || !MessageDigest.isEqual(mac(body), signature)) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(body);
        if (b.get() != VERSION) {
            return Optional.empty();
        }
        UUID link = new UUID(b.getLong(), b.getLong());
        UUID referral = new UUID(b.getLong(), b.getLong());
        LinkPurpose purpose = LinkPurpose.ofTag(b.get());
        Instant expires = Instant.ofEpochSecond(b.getLong());
        return purpose == null ? Optional.empty() : Optional.of(new Claims(link, referral, purpose, expires));
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
