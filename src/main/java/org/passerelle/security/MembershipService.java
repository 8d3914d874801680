package org.passerelle.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.passerelle.catalogue.Organization;
import org.passerelle.catalogue.OrganizationRepository;
import org.passerelle.catalogue.api.Refs;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.security.api.MeView;
import org.passerelle.security.api.MembershipInput;
import org.passerelle.security.api.MembershipView;

/** Who acts for which organisation; coordinators manage it, and every change is audited. */
@ApplicationScoped
@Transactional
public class MembershipService {

    static final String ENTITY = "membership";

    private final MembershipRepository memberships;
    private final OrganizationRepository organizations;
    private final AuditTrail audit;

    public MembershipService(MembershipRepository memberships, OrganizationRepository organizations,
            AuditTrail audit) {
        this.memberships = memberships;
        this.organizations = organizations;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeView me(Actor actor, String username) {
        Refs.OrganizationRef organization = actor.organizationId().flatMap(organizations::findByIdOptional)
                .map(o -> new Refs.OrganizationRef(o.id, o.slug, o.name)).orElse(null);
        return new MeView(actor.kind(), actor.principal(), actor.kind() == PrincipalKind.USER ? username : null,
                actor.roles().stream().sorted().toList(), organization);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MembershipView> list() {
        return memberships.listInOrder().stream().map(MembershipService::view).toList();
    }

    public MembershipView create(MembershipInput input, Actor actor) {
        Organization organization = organizations.findByIdOrSlug(input.organization())
                .orElseThrow(() -> ApiProblem.invalid("organization", "matches no organisation"));
        if (memberships.findByPrincipal(input.principalKind(), input.principal()).isPresent()) {
            throw new ApiProblem(409, "conflict", "Conflict",
                    "This principal already acts for an organisation; delete that membership first.", null);
        }
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.principalKind = input.principalKind();
        membership.principal = input.principal();
        membership.organization = organization;
        membership.createdAt = Instant.now();
        membership.createdBy = actor.principal();
        memberships.persist(membership);
        audit.recordChange(actor, AuditAction.CREATE, ENTITY, membership.id.toString(), null, null,
                AuditedMembership.of(membership), null);
        return view(membership);
    }

    public void delete(UUID id, Actor actor) {
        Membership membership = memberships.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("membership", id.toString()));
        AuditedMembership before = AuditedMembership.of(membership);
        memberships.delete(membership);
        audit.recordChange(actor, AuditAction.DELETE, ENTITY, id.toString(), null, before, null, null);
    }

    /**
     * What the audit trail keeps of a grant, so that once it is deleted the trail still says which
     * principal acted for which organisation, and who granted it. The principal is the identifier the
     * membership already stores (an IdP subject UUID or a client id), never a name.
     */
    record AuditedMembership(PrincipalKind principalKind, String principal, UUID organizationId,
            String organizationSlug, String grantedBy, Instant grantedAt) {

        static AuditedMembership of(Membership m) {
            return new AuditedMembership(m.principalKind, m.principal, m.organization.id, m.organization.slug,
                    m.createdBy, m.createdAt);
        }
    }

    static MembershipView view(Membership m) {
        return new MembershipView(m.id, m.principalKind, m.principal,
                new Refs.OrganizationRef(m.organization.id, m.organization.slug, m.organization.name), m.createdAt);
    }
}
