package org.passerelle.catalogue;

import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.passerelle.catalogue.api.OrganizationInput;
import org.passerelle.catalogue.api.ServiceInput;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldErrors;
import org.passerelle.identity.Actor;
import org.passerelle.audit.AuditTrail;

/** Coordinators' writes to organisations, audited and revertible like every catalogue write. */
@ApplicationScoped
@Transactional
public class OrganizationEditor extends RecordEditor<Organization, OrganizationInput> {

    public static final String ENTITY = "organization";

    private final OrganizationRepository organizations;

    public OrganizationEditor(OrganizationRepository organizations, AuditTrail audit, ObjectMapper mapper) {
        super(audit, mapper, OrganizationInput.class);
        this.organizations = organizations;
    }

    public Organization create(OrganizationInput input, Actor actor) {
        FieldErrors errors = validate(input);
        requireSlug(input.slug(), "an organisation", errors);
        errors.throwIfAny();
        requireFreeSlug(input.slug(), organizations.findBySlug(input.slug()).isPresent(), "an organisation");
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.slug = input.slug();
        apply(input, organization);
        created(organization, actor);
        return organization;
    }

    public Organization update(String idOrSlug, OrganizationInput input, String ifMatch, Actor actor) {
        Organization organization = organizations.findByIdOrSlug(idOrSlug)
                .orElseThrow(() -> ApiProblem.notFound("organization", idOrSlug));
        FieldErrors errors = validate(input);
        requireSameSlug(input.slug(), organization.slug, errors);
        errors.throwIfAny();
        update(organization, input, ifMatch, actor);
        return organization;
    }

    private static FieldErrors validate(OrganizationInput input) {
        FieldErrors errors = new FieldErrors();
        Territory.check(input.territory().scope(), input.territory().hasPlace(), "territory.scope", errors);
        return errors;
    }

    @Override
    public String entityType() {
        return ENTITY;
    }

    @Override
    protected OrganizationInput snapshot(Organization o) {
        return fields(o);
    }

    /** The organisation's maintained fields as PUT takes them: the audit's snapshot and the editing screen's start. */
    static OrganizationInput fields(Organization o) {
        return new OrganizationInput(o.slug, o.name, o.kind, o.kindNote, new TreeMap<>(o.descriptions), o.website,
                o.email, o.phone, new ServiceInput.Territory(o.territory.city, o.department, o.territory.region,
                        o.territory.country, null, null, o.territoryNote, o.territory.scope, o.territory.scopeNote));
    }

    @Override
    protected void apply(OrganizationInput in, Organization o) {
        o.name = in.name();
        o.kind = in.kind();
        o.kindNote = in.kindNote();
        o.descriptions.clear();
        if (in.description() != null) {
            in.description().forEach((lang, text) -> {
                if (text != null && !text.isBlank()) {
                    o.descriptions.put(lang, text);
                }
            });
        }
        o.website = in.website();
        o.email = in.email();
        o.phone = in.phone();
        var t = in.territory();
        o.territory.set(t.city(), t.department(), t.region(), t.country(), t.scope(), t.scopeNote());
        o.department = Territory.blankToNull(t.department());
        o.territoryNote = t.note();
    }

    @Override
    protected void retire(Organization entity) {
        throw new ApiProblem(409, "not-revertible", "Conflict",
                "An organisation's creation cannot be reverted; its services can be deactivated.", null);
    }

    @Override
    protected Optional<Organization> findById(UUID id) {
        return organizations.findByIdOptional(id);
    }

    @Override
    protected void persistAndFlush(Organization entity) {
        organizations.persistAndFlush(entity);
    }
}
