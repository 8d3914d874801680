package org.passerelle.referral;

import java.util.Optional;
import java.util.UUID;

import org.passerelle.identity.Actor;
import org.passerelle.identity.Roles;

/**
 * Who acts on a case and through which channel (for the access journal). An agent acts for its desk, a
 * partner for its organisation, both through the membership table; a coordinator for the city.
 */
public record Caller(Actor actor, String channel) {

    public boolean agent() {
        return actor.is(Roles.AGENT);
    }

    public boolean partner() {
        return actor.is(Roles.PARTNER);
    }

    public boolean coordinator() {
        return actor.is(Roles.COORDINATOR);
    }

    public Optional<UUID> organization() {
        return actor.organizationId();
    }

    /** The desk's agent of this desk: the one who sees the person. */
    public boolean agentOf(UUID desk) {
        return agent() && organization().filter(desk::equals).isPresent();
    }

    /** A member (user or API client) of the organisation a referral was sent to. */
    public boolean partnerOf(UUID organization) {
        return partner() && organization().filter(organization::equals).isPresent();
    }
}
