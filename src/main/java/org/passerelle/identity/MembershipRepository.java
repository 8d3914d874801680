package org.passerelle.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    public Optional<Membership> findByPrincipal(PrincipalKind kind, String principal) {
        return find("principalKind = ?1 and principal = ?2", kind, principal).firstResultOptional();
    }

    /** Whether anyone (a user or an API client) acts for this organisation: else it answers by signed links. */
    public boolean anyFor(UUID organization) {
        return count("organizationId", organization) > 0;
    }

    public List<Membership> listInOrder() {
        return list("order by principalKind, principal");
    }
}
