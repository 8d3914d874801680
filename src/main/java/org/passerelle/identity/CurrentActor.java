package org.passerelle.identity;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.passerelle.common.problem.ApiProblem;

/**
 * Resolves the caller once per request. Roles come from the token; the organisation comes from
 * Passerelle's membership table, so the same rule holds with Keycloak, the dev OIDC server and tests.
 */
@RequestScoped
public class CurrentActor {

    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private final SecurityIdentity identity;
    private final MembershipRepository memberships;
    private Actor actor;

    public CurrentActor(SecurityIdentity identity, MembershipRepository memberships) {
        this.identity = identity;
        this.memberships = memberships;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Actor get() {
        if (actor == null) {
            actor = resolve();
        }
        return actor;
    }

    /**
     * The actor of a catalogue write. A partner whose account acts for no organisation may change
     * nothing: 403 (docs/architecture.md §8).
     */
    public Actor writer() {
        Actor current = get();
        if (current.is(Roles.PARTNER) && !current.is(Roles.COORDINATOR) && current.organizationId().isEmpty()) {
            throw new ApiProblem(403, "no-membership", "Forbidden",
                    "Your account acts for no organisation; ask a coordinator to add your membership.", null);
        }
        return current;
    }

    private Actor resolve() {
        if (identity.isAnonymous()) {
            return new Actor(PrincipalKind.USER, "anonymous", Set.of(), Optional.empty());
        }
        Set<String> roles = Set.copyOf(identity.getRoles());
        Optional<String> clientId = clientIdOf(identity);
        if (clientId.isPresent()) {
            return new Actor(PrincipalKind.CLIENT, clientId.get(), roles,
                    memberships.findByPrincipal(PrincipalKind.CLIENT, clientId.get()).map(m -> m.organizationId));
        }
        String subject = subjectOf(identity);
        return new Actor(PrincipalKind.USER, subject, roles,
                memberships.findByPrincipal(PrincipalKind.USER, subject).map(m -> m.organizationId));
    }

    /**
     * A client-credentials token names its client in client_id (Keycloak also names its service-account
     * user after it). A user's token through the web client is never a client principal.
     */
    static Optional<String> clientIdOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String clientId = jwt.getClaim("client_id");
            if (clientId != null && !clientId.isBlank()) {
                return Optional.of(clientId);
            }
            String azp = jwt.getClaim("azp");
            String username = jwt.getClaim("preferred_username");
            if (azp != null && (SERVICE_ACCOUNT_PREFIX + azp).equals(username)) {
                return Optional.of(azp);
            }
        }
        return Optional.empty();
    }

    static String subjectOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
