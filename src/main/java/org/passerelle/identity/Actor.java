package org.passerelle.identity;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: the principal's kind and identifier (a subject or a client id, never a name), the
 * roles from the token, and the organisation from the membership table, if any.
 */
public record Actor(PrincipalKind kind, String principal, Set<String> roles, Optional<UUID> organizationId) {

    /** The caller as one string, kind and principal: the space its Idempotency-Keys belong to. */
    public String key() {
        return kind.code() + ":" + principal;
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** True when the actor may act for the given organisation: a coordinator, or a member of it. */
    public boolean actsFor(UUID organization) {
        return is(Roles.COORDINATOR) || organizationId.filter(organization::equals).isPresent();
    }
}
