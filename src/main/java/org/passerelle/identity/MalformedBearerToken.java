package org.passerelle.identity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a bearer token that is not a compact JWS (three base64url parts) before the OIDC mechanism sees
 * it. Quarkus OIDC 3.33 throws a NoSuchElementException on "." or ".." (a 500 with a stack trace on every
 * protected endpoint), and it needs the IdP just to refuse "not-a-jwt" (a 503 when the IdP is down). We
 * accept no opaque tokens (introspection is off), so such a token can be refused here, with no IdP.
 * It runs only when a resource needs an identity (lazy authentication): public reads ignore the header.
 */
@ApplicationScoped
public class MalformedBearerToken implements HttpAuthenticationMechanism {

    private static final String SCHEME = "bearer";
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    static final String CHALLENGE = "Bearer realm=\"passerelle\", error=\"invalid_token\"";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (isMalformed(context.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the bearer token is not a JWT"));
        }
        // Anything else (no header, another scheme, a JWT) is for the OIDC mechanism to judge.
        return Uni.createFrom().optional(java.util.Optional.empty());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (isMalformed(context.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            return Uni.createFrom().item(new ChallengeData(401, HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
        }
        // Not ours: the OIDC mechanism gives its challenge (a redirect to the IdP for /login).
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    /** Before the OIDC mechanism, whatever its priority. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }

    static boolean isMalformed(String authorization) {
        if (authorization == null) {
            return false;
        }
        String value = authorization.trim();
        if (value.toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return true;
        }
        if (!value.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return false;
        }
        return !COMPACT_JWS.matcher(value.substring(SCHEME.length() + 1).trim()).matches();
    }
}
