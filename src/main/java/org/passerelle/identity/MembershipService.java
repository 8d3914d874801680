package org.passerelle.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.passerelle.common.api.Refs;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.identity.api.MeView;
import org.passerelle.identity.api.MembershipInput;
import org.passerelle.identity.api.MembershipView;

/** Who acts for which organisation; coordinators manage it, and every change is audited. */
@ApplicationScoped
@Transactional
public class MembershipService {

    private final MembershipRepository memberships;
    private final OrganizationDirectory organizations;
    private final Event<MembershipChanged> changes;

    public MembershipService(MembershipRepository memberships, OrganizationDirectory organizations,
            Event<MembershipChanged> changes) {
        this.memberships = memberships;
        this.organizations = organizations;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeView me(Actor actor, String username) {
        Refs.OrganizationRef organization = actor.organizationId().flatMap(organizations::find).orElse(null);
        return new MeView(actor.kind(), actor.principal(), actor.kind() == PrincipalKind.USER ? username : null,
                actor.roles().stream().sorted().toList(), organization);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MembershipView> list() {
        return memberships.listInOrder().stream().map(this::view).toList();
    }

    public MembershipView create(MembershipInput input, Actor actor) {
        if (input.principalKind() == PrincipalKind.LINK) {
            // A signed link acts for one referral only; it is never a member of anything.
            throw ApiProblem.invalid("principalKind", "must be user or client");
        }
        Refs.OrganizationRef organization = organizations.findByIdOrSlug(input.organization())
                .orElseThrow(() -> ApiProblem.invalid("organization", "matches no organisation"));
        if (memberships.findByPrincipal(input.principalKind(), input.principal()).isPresent()) {
            throw new ApiProblem(409, "conflict", "Conflict",
                    "This principal already acts for an organisation; delete that membership first.", null);
        }
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.principalKind = input.principalKind();
        membership.principal = input.principal();
        membership.organizationId = organization.id();
        membership.createdAt = Instant.now();
        membership.createdBy = actor.principal();
        memberships.persist(membership);
        changes.fire(new MembershipChanged(actor, membership.id, null, grant(membership, organization)));
        return new MembershipView(membership.id, membership.principalKind, membership.principal, organization,
                membership.createdAt);
    }

    public void delete(UUID id, Actor actor) {
        Membership membership = memberships.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("membership", id.toString()));
        MembershipChanged.Grant before = grant(membership, organization(membership));
        memberships.delete(membership);
        changes.fire(new MembershipChanged(actor, id, before, null));
    }

    private static MembershipChanged.Grant grant(Membership m, Refs.OrganizationRef organization) {
        return new MembershipChanged.Grant(m.principalKind, m.principal, m.organizationId, organization.slug(),
                m.createdBy, m.createdAt);
    }

    private Refs.OrganizationRef organization(Membership m) {
        // the foreign key guarantees the organisation exists
        return organizations.find(m.organizationId)
                .orElseThrow(() -> new IllegalStateException("membership without organisation: " + m.id));
    }

    private MembershipView view(Membership m) {
        return new MembershipView(m.id, m.principalKind, m.principal, organization(m), m.createdAt);
    }
}
