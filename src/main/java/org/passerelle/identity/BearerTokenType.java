package org.passerelle.identity;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses an ID token sent as a bearer access token (ASVS 9.2.2). In hybrid mode the ID tokens of the
 * web client carry our audience too, so the audience check alone cannot tell them apart; Keycloak marks
 * them with {@code typ: ID}, access tokens with {@code typ: Bearer}.
 */
@ApplicationScoped
public class BearerTokenType implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        boolean bearer = identity.getCredential(AccessTokenCredential.class) != null
                && identity.getCredential(IdTokenCredential.class) == null;
        if (bearer && identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object type = jwt.getClaim("typ");
            if (type != null && !"Bearer".equalsIgnoreCase(type.toString())) {
                return Uni.createFrom().failure(new AuthenticationFailedException("not an access token"));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
