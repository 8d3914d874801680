package org.passerelle.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.passerelle.catalogue.api.InitiativeInput;
import org.passerelle.catalogue.vocabulary.TextOrigin;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldErrors;
import org.passerelle.identity.Actor;
import org.passerelle.audit.AuditTrail;

/** Coordinators' writes to initiatives, audited and revertible like every catalogue write. */
@ApplicationScoped
@Transactional
public class InitiativeEditor extends RecordEditor<Initiative, InitiativeInput> {

    public static final String ENTITY = "initiative";

    private final InitiativeRepository initiatives;
    private final OrganizationRepository organizations;
    private final ThemeCatalogue themes;

    public InitiativeEditor(InitiativeRepository initiatives, OrganizationRepository organizations,
            ThemeCatalogue themes, AuditTrail audit, ObjectMapper mapper) {
        super(audit, mapper, InitiativeInput.class);
        this.initiatives = initiatives;
        this.organizations = organizations;
        this.themes = themes;
    }

    public Initiative create(InitiativeInput input, Actor actor) {
        FieldErrors errors = validate(input);
        requireSlug(input.slug(), "an initiative", errors);
        errors.throwIfAny();
        requireFreeSlug(input.slug(), initiatives.findBySlug(input.slug()).isPresent(), "an initiative");
        Initiative initiative = new Initiative();
        initiative.id = UUID.randomUUID();
        initiative.slug = input.slug();
        apply(input, initiative);
        created(initiative, actor);
        return initiative;
    }

    public Initiative update(String idOrSlug, InitiativeInput input, String ifMatch, Actor actor) {
        Initiative initiative = initiatives.findByIdOrSlug(idOrSlug)
                .orElseThrow(() -> ApiProblem.notFound("initiative", idOrSlug));
        FieldErrors errors = validate(input);
        requireSameSlug(input.slug(), initiative.slug, errors);
        errors.throwIfAny();
        update(initiative, input, ifMatch, actor);
        return initiative;
    }

    private FieldErrors validate(InitiativeInput input) {
        FieldErrors errors = new FieldErrors();
        Taxonomy taxonomy = themes.taxonomy();
        List<String> codes = input.themes() == null ? List.of() : input.themes();
        for (int i = 0; i < codes.size(); i++) {
            if (!taxonomy.hasTheme(codes.get(i))) {
                errors.add("themes[" + i + "]", "must be one of " + String.join(", ", taxonomy.themes().keySet()));
            }
        }
        if (input.organization() != null && organizations.findByIdOrSlug(input.organization()).isEmpty()) {
            errors.add("organization", "matches no organisation");
        }
        Territory.check(input.scope(), Territory.hasPlace(input.city(), null, input.region()), "scope", errors);
        return errors;
    }

    /** What the audit trail keeps of a translated text beyond its summary. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TextState(String name, TextOrigin origin, String reviewedBy, LocalDate reviewedOn) {
    }

    @Override
    protected Object textState(Initiative entity) {
        Map<String, TextState> state = new TreeMap<>();
        entity.texts.forEach((lang, text) -> {
            if (text.origin != TextOrigin.SOURCE || text.name != null) {
                state.put(lang, new TextState(text.name, text.origin, text.reviewedBy, text.reviewedOn));
            }
        });
        return state.isEmpty() ? null : state;
    }

    @Override
    protected void restoreTextState(JsonNode state, Initiative entity) {
        Map<String, TextState> kept = state == null || state.isNull() ? Map.of()
                : mapper().convertValue(state, new TypeReference<Map<String, TextState>>() {
                });
        entity.texts.replaceAll((lang, text) -> {
            TextState s = kept.get(lang);
            Initiative.Text restored = new Initiative.Text(text.summary, s == null ? null : s.name(),
                    s == null || s.origin() == null ? TextOrigin.SOURCE : s.origin());
            restored.reviewedBy = s == null ? null : s.reviewedBy();
            restored.reviewedOn = s == null ? null : s.reviewedOn();
            return restored;
        });
    }

    private static Initiative.Text copy(Initiative.Text text) {
        Initiative.Text copy = new Initiative.Text(text.summary, text.name, text.origin);
        copy.reviewedBy = text.reviewedBy;
        copy.reviewedOn = text.reviewedOn;
        return copy;
    }

    @Override
    public String entityType() {
        return ENTITY;
    }

    @Override
    protected InitiativeInput snapshot(Initiative i) {
        return new InitiativeInput(i.slug, i.name, i.operatorName, i.operatorKind,
                i.organization == null ? null : i.organization.slug, i.summaries(), i.website,
                i.startYear, new ArrayList<>(i.themes).stream().sorted().toList(),
                new ArrayList<>(i.publics).stream().sorted().toList(), List.copyOf(i.partners), i.territory.city,
                i.territory.region, i.territory.country, i.territory.scope, i.territory.scopeNote);
    }

    @Override
    protected void apply(InitiativeInput in, Initiative i) {
        i.name = in.name();
        i.operatorName = in.operatorName();
        i.operatorKind = in.operatorKind();
        i.organization = in.organization() == null ? null : organizations.findByIdOrSlug(in.organization()).orElse(null);
        // A summary sent back unchanged keeps its translated name and provenance; a new or changed one is
        // the coordinator's own text.
        Map<String, Initiative.Text> previous = new HashMap<>(i.texts);
        i.texts.clear();
        if (in.summary() != null) {
            in.summary().forEach((lang, text) -> {
                if (text != null && !text.isBlank()) {
                    Initiative.Text old = previous.get(lang);
                    i.texts.put(lang, old != null && text.equals(old.summary) ? copy(old)
                            : new Initiative.Text(text, null, TextOrigin.SOURCE));
                }
            });
        }
        i.website = in.website();
        i.startYear = in.startYear();
        i.themes.clear();
        if (in.themes() != null) {
            i.themes.addAll(in.themes());
        }
        i.publics.clear();
        if (in.publics() != null) {
            i.publics.addAll(in.publics());
        }
        i.partners.clear();
        if (in.partners() != null) {
            i.partners.addAll(in.partners());
        }
        i.territory.set(in.city(), null, in.region(), in.country(), in.scope(), in.scopeNote());
    }

    @Override
    protected void retire(Initiative entity) {
        throw new ApiProblem(409, "not-revertible", "Conflict",
                "An initiative's creation cannot be reverted; edit it instead.", null);
    }

    @Override
    protected Optional<Initiative> findById(UUID id) {
        return initiatives.findByIdOptional(id);
    }

    @Override
    protected void persistAndFlush(Initiative entity) {
        initiatives.persistAndFlush(entity);
    }
}
