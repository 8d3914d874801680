package org.passerelle.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.passerelle.catalogue.api.CatalogueViews;
import org.passerelle.catalogue.api.ScheduleInput;
import org.passerelle.catalogue.api.ServiceInput;
import org.passerelle.catalogue.api.ServiceView;
import org.passerelle.catalogue.api.TranslationInput;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.catalogue.vocabulary.TextOrigin;
import org.passerelle.common.i18n.KioskLanguages;
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

    /** Where a service's audit state keeps its schedules, by place (see {@link Schedules#state}). */
    static final String SCHEDULES = "schedules";

    private final ServiceOfferRepository services;
    private final OrganizationRepository organizations;
    private final ThemeCatalogue themes;
    private final LocationRepository locations;
    private final ServiceAtLocationRepository permanences;

    public ServiceEditor(ServiceOfferRepository services, OrganizationRepository organizations, ThemeCatalogue themes,
            LocationRepository locations, ServiceAtLocationRepository permanences, AuditTrail audit,
            ObjectMapper mapper) {
        super(audit, mapper, ServiceInput.class);
        this.services = services;
        this.organizations = organizations;
        this.themes = themes;
        this.locations = locations;
        this.permanences = permanences;
    }

    public ServiceView create(String organizationIdOrSlug, ServiceInput input, Actor actor) {
        Organization organization = organizations.findByIdOrSlug(organizationIdOrSlug)
                .filter(o -> actor.actsFor(o.id))
                .orElseThrow(() -> ApiProblem.notFound("organization", organizationIdOrSlug));
        Taxonomy taxonomy = themes.taxonomy();
        FieldErrors errors = new FieldErrors();
        requireSlug(input.slug(), "a service", errors);
        ServiceInputs.validate(input, taxonomy, organization, false, errors);
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
        ServiceInputs.validate(input, taxonomy, service.organization, WayIns.place(service).isPresent(), errors);
        errors.throwIfAny();
        update(service, input, ifMatch, actor);
        return CatalogueViews.view(service, LanguageSelection.of(null, null), taxonomy);
    }

    /**
     * Stores a person's translation of a service's name and description in one kiosk language, as a
     * reviewed text naming the reviewer (the caller's principal id) and the day (UTC). The same rules as
     * an update: its own organisation's services only (404 otherwise), If-Match, audited, revertible. A
     * text the source (or the organisation) wrote is not a translation: it changes with a PUT of the
     * service (409 here).
     */
    public ServiceView translate(String idOrSlug, String lang, TranslationInput input, String ifMatch, Actor actor) {
        ServiceOffer service = services.findByIdOrSlug(idOrSlug)
                .filter(s -> actor.actsFor(s.organization.id))
                .orElseThrow(() -> ApiProblem.notFound("service", idOrSlug));
        String tag = KioskLanguages.of(lang).orElseThrow(() -> ApiProblem.invalid("lang", KioskLanguages.MUST_BE_ONE));
        Optional<String> key = service.texts.keySet().stream()
                .filter(k -> KioskLanguages.of(k).map(tag::equals).orElse(false)).sorted().findFirst();
        change(service, ifMatch, actor, s -> {
            if (key.isPresent() && s.texts.get(key.get()).origin == TextOrigin.SOURCE) {
                throw new ApiProblem(409, "conflict", "Conflict", "The text in " + tag + " is the service's own, "
                        + "not a translation: change it with PUT /api/v1/services/{idOrSlug}.", null);
            }
            key.ifPresent(s.texts::remove);
            s.texts.put(tag, new ServiceOffer.Text(input.name().strip(),
                    input.description() == null || input.description().isBlank() ? null : input.description().strip(),
                    TextOrigin.REVIEWED, actor.principal(), LocalDate.now(ZoneOffset.UTC)));
        });
        return CatalogueViews.view(service, LanguageSelection.of(tag, null), themes.taxonomy());
    }

    /**
     * Replaces a service's weekly slots and temporary closures at one place, and holds the service there if it was
     * not yet (HSDS service_at_location: a partner starting a permanence at the one-stop shop). The schedule is
     * part of the service: the same 404 for another organisation's service, the same If-Match on the service's
     * version (which moves), one audit event with every place's schedule before and after (a revert restores
     * them), and the change marker, so the search index and the routing snapshot are rebuilt.
     */
    public ServiceView putSchedule(String idOrSlug, String locationIdOrSlug, ScheduleInput input, String ifMatch,
            Actor actor) {
        ServiceOffer service = services.findByIdOrSlug(idOrSlug)
                .filter(s -> actor.actsFor(s.organization.id))
                .orElseThrow(() -> ApiProblem.notFound("service", idOrSlug));
        Location location = locations.findByIdOrSlug(locationIdOrSlug)
                .orElseThrow(() -> ApiProblem.notFound("location", locationIdOrSlug));
        FieldErrors errors = new FieldErrors();
        Schedules.validate(input, errors);
        errors.throwIfAny();
        change(service, ifMatch, actor, s -> {
            ServiceAtLocation at = s.locations.stream().filter(l -> l.location.id.equals(location.id)).findFirst()
                    .orElseGet(() -> holdAt(s, location));
            Schedules.apply(input, at);
            touch(s);
        });
        return CatalogueViews.view(service, LanguageSelection.of(null, null), themes.taxonomy());
    }

    private ServiceAtLocation holdAt(ServiceOffer service, Location location) {
        ServiceAtLocation at = new ServiceAtLocation();
        at.id = UUID.randomUUID();
        at.service = service;
        at.location = location;
        permanences.persist(at);
        service.locations.add(at);
        return at;
    }

    /**
     * The schedules live in rows of their own, which do not make the service's row dirty: moving its edit date
     * does, so the version (the ETag) moves with the schedule and a concurrent write loses (rule 7).
     */
    private static void touch(ServiceOffer service) {
        service.updatedAt = Instant.now();
    }

    @Override
    protected Map<String, Object> partsState(ServiceOffer entity) {
        return Map.of(SCHEDULES, Schedules.state(entity));
    }

    /**
     * Gives every place its schedule as kept, holds the service again where it was, and no longer where it was
     * not; a state written before schedules were audited has no such key and leaves them as they are.
     */
    @Override
    protected void restorePart(String key, JsonNode state, ServiceOffer entity) {
        if (!SCHEDULES.equals(key) || state == null || !state.isObject()) {
            return;
        }
        Map<String, Schedules.Kept> kept = mapper().convertValue(state, new TypeReference<Map<String, Schedules.Kept>>() {
        });
        if (kept.equals(Schedules.state(entity))) {
            return;
        }
        for (ServiceAtLocation at : List.copyOf(entity.locations)) {
            if (!kept.containsKey(at.location.slug)) {
                entity.locations.remove(at);
                permanences.delete(at);
            }
        }
        kept.forEach((slug, schedule) -> locations.find("slug", slug).firstResultOptional().ifPresent(location -> {
            ServiceAtLocation at = entity.locations.stream().filter(l -> l.location.id.equals(location.id))
                    .findFirst().orElseGet(() -> holdAt(entity, location));
            Schedules.restore(schedule, at);
        }));
        touch(entity);
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
