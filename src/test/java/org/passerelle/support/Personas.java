package org.passerelle.support;

import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * The demo personas as real signed tokens for the in-process tests: they go through the same OIDC
 * verification as production tokens (signature, issuer, audience, expiry). Subjects and client ids are
 * those of the committed realm and of the demo memberships.
 */
public enum Personas {

    ANONYMOUS(null, null, Set.of()),
    /** Acts for the Nancy desk. */
    AGENT("0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000001", null, Set.of("agent")),
    /** Acts for the second desk (Metz): never sees the Nancy desk's cases. */
    AGENT_METZ("0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000005", null, Set.of("agent")),
    COORDINATOR("0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000002", null, Set.of("coordinator")),
    /** Acts for La Cimade. */
    PARTNER_A("0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000003", null, Set.of("partner")),
    /** Acts for Adoma. */
    PARTNER_B("0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000004", null, Set.of("partner")),
    /** La Cimade's own system, with client credentials. */
    PARTNER_A_CLIENT("0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000013", "partner-la-cimade", Set.of("partner"));

    public static final String AUDIENCE = "passerelle-api";

    private final String subject;
    private final String clientId;
    private final Set<String> roles;

    Personas(String subject, String clientId, Set<String> roles) {
        this.subject = subject;
        this.clientId = clientId;
        this.roles = roles;
    }

    /** A valid access token, or null for the anonymous persona. */
    public String token() {
        return this == ANONYMOUS ? null : claims().sign();
    }

    /** The claims of a valid token, to forge variants from. */
    public JwtClaimsBuilder claims() {
        JwtClaimsBuilder claims = Jwt.issuer(OidcServerForTests.ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .groups(roles)
                .claim("typ", "Bearer")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
        if (clientId != null) {
            claims.claim("client_id", clientId).claim("azp", clientId)
                    .preferredUserName("service-account-" + clientId);
        } else {
            claims.preferredUserName(name().toLowerCase().replace('_', '.')).claim("azp", "passerelle-web");
        }
        return claims;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public String subject() {
        return subject;
    }
}
