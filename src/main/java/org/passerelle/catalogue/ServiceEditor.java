package org.passerelle.catalogue;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.passerelle.catalogue.api.CatalogueViews;
import org.passerelle.catalogue.api.ServiceInput;
import org.passerelle.catalogue.api.ServiceView;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldErrors;
import org.passerelle.identity.Actor;
import org.passerelle.audit.AuditTrail;

/**
 * Writes to services. A partner changes only its own organisation's services, and the change goes live
 * at once; every write lands in the audit trail, and a coordinator can revert it. Someone else's
 * service is answered with 404, so a partner cannot even learn that it exists.
 */
@ApplicationScoped
@Transactional
public class ServiceEditor extends RecordEditor<ServiceOffer, ServiceInput> {

    public static final String ENTITY = "service";

    private final ServiceOfferRepository services;
    private final OrganizationRepository organizations;
    private final ThemeCatalogue themes;

    public ServiceEditor(ServiceOfferRepository services, OrganizationRepository organizations, ThemeCatalogue themes,
            AuditTrail audit, ObjectMapper mapper) {
        super(audit, mapper, ServiceInput.class);
        this.services = services;
        this.organizations = organizations;
        this.themes = themes;
    }

    public ServiceView create(String organizationIdOrSlug, ServiceInput input, Actor actor) {
        Organization organization = organizations.findByIdOrSlug(organizationIdOrSlug)
                .filter(o -> actor.actsFor(o.id))
                .orElseThrow(() -> ApiProblem.notFound("organization", organizationIdOrSlug));
        Taxonomy taxonomy = themes.taxonomy();
        FieldErrors errors = new FieldErrors();
        requireSlug(input.slug(), "a service", errors);
        ServiceInputs.validate(input, taxonomy, errors);
        errors.throwIfAny();
        requireFreeSlug(input.slug(), services.findBySlug(input.slug()).isPresent(), "a service");
        ServiceOffer service = new ServiceOffer();
        service.id = UUID.randomUUID();
        service.slug = input.slug();
        service.organization = organization;
        ServiceInputs.apply(input, service);
        created(service, actor);
        return CatalogueViews.view(service, LanguageSelection.of(null, null), taxonomy);
    }

    public ServiceView update(String idOrSlug, ServiceInput input, String ifMatch, Actor actor) {
        ServiceOffer service = services.findByIdOrSlug(idOrSlug)
                .filter(s -> actor.actsFor(s.organization.id))
                .orElseThrow(() -> ApiProblem.notFound("service", idOrSlug));
        Taxonomy taxonomy = themes.taxonomy();
        FieldErrors errors = new FieldErrors();
        requireSameSlug(input.slug(), service.slug, errors);
        ServiceInputs.validate(input, taxonomy, errors);
        errors.throwIfAny();
        update(service, input, ifMatch, actor);
        return CatalogueViews.view(service, LanguageSelection.of(null, null), taxonomy);
    }

    @Override
    protected Object textState(ServiceOffer entity) {
        return ServiceInputs.textProvenance(entity);
    }

    @Override
    protected void restoreTextState(JsonNode state, ServiceOffer entity) {
        Map<String, TextProvenance> provenance = state == null || state.isNull() ? Map.of()
                : mapper().convertValue(state, new TypeReference<Map<String, TextProvenance>>() {
                });
        ServiceInputs.restoreTextProvenance(provenance, entity);
    }

    @Override
    public String entityType() {
        return ENTITY;
    }

    @Override
    protected ServiceInput snapshot(ServiceOffer entity) {
        return ServiceInputs.snapshot(entity);
    }

    @Override
    protected void apply(ServiceInput input, ServiceOffer entity) {
        ServiceInputs.apply(input, entity);
    }

    @Override
    protected void retire(ServiceOffer entity) {
        entity.status = ServiceStatus.INACTIVE;
    }

    @Override
    protected Optional<ServiceOffer> findById(UUID id) {
        return services.findByIdOptional(id);
    }

    @Override
    protected void persistAndFlush(ServiceOffer entity) {
        services.persistAndFlush(entity);
    }
}
