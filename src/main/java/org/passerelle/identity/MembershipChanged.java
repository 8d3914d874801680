package org.passerelle.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A membership was granted ({@code before} null) or ended ({@code after} null), fired synchronously in the
 * writing transaction. Identity sits below the audit trail, so the audit package observes this event and
 * records it; the write and its audit event still commit together.
 */
public record MembershipChanged(Actor actor, UUID membershipId, Grant before, Grant after) {

    /**
     * What the audit trail keeps of a grant, so that once it is deleted the trail still says which
     * principal acted for which organisation, and who granted it. The principal is the identifier the
     * membership already stores (an IdP subject UUID or a client id), never a name.
     */
    public record Grant(PrincipalKind principalKind, String principal, UUID organizationId,
            String organizationSlug, String grantedBy, Instant grantedAt) {
    }
}
