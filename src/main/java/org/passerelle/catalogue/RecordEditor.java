package org.passerelle.catalogue;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.passerelle.common.http.Preconditions;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldErrors;
import org.passerelle.identity.Actor;
import org.passerelle.audit.AuditAction;
import org.passerelle.audit.AuditEvent;
import org.passerelle.audit.AuditTrail;
import org.passerelle.audit.Revertible;

/**
 * The write flow shared by catalogue records: optimistic locking on update, an audit event with the
 * maintained state before and after every write, and the coordinator's revert of the latest write.
 *
 * @param <E> the entity
 * @param <I> its maintained fields, as the API takes them and the audit trail keeps them
 */
abstract class RecordEditor<E extends CatalogueRecord, I> implements Revertible {

    /** Where an audit state keeps {@link #textState}. */
    static final String TEXT_PROVENANCE = "textProvenance";

    protected AuditTrail audit;
    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<CatalogueChanged> changes;
    @jakarta.inject.Inject
    CatalogueRevision revision;
    private ObjectMapper mapper;
    private Class<I> inputType;

    /** For the CDI client proxy only; the container never uses this instance's state. */
    protected RecordEditor() {
    }

    protected RecordEditor(AuditTrail audit, ObjectMapper mapper, Class<I> inputType) {
        this.audit = audit;
        this.mapper = mapper;
        this.inputType = inputType;
    }

    protected ObjectMapper mapper() {
        return mapper;
    }

    /** A new record names its slug; {@code noun} is how errors call it ("a service"). */
    protected static void requireSlug(String slug, String noun, FieldErrors errors) {
        if (slug == null) {
            errors.add("slug", "is required to create " + noun);
        }
    }

    /** A slug names one record only: a taken one is a conflict (409). */
    protected static void requireFreeSlug(String slug, boolean taken, String noun) {
        if (taken) {
            throw new ApiProblem(409, "conflict", "Conflict", Character.toUpperCase(noun.charAt(0)) + noun.substring(1)
                    + " already has the slug '" + slug + "'.", null);
        }
    }

    /** URLs name records by slug, so an update may repeat it but never change it. */
    protected static void requireSameSlug(String sent, String current, FieldErrors errors) {
        if (sent != null && !sent.equals(current)) {
            errors.add("slug", "cannot change; it is '" + current + "'");
        }
    }

    protected abstract I snapshot(E entity);

    /**
     * What the audit trail keeps of a record's localised texts beyond its maintained fields (where each
     * text comes from; translated names); null when there is nothing beyond them. It is kept under
     * {@link #TEXT_PROVENANCE} beside the input's fields, so the audit JSON of a record whose texts all
     * come from the source is the input alone, as it was before texts had a provenance.
     */
    protected Object textState(E entity) {
        return null;
    }

    /**
     * Restores what {@link #textState} kept, after a revert applied the input's fields; {@code state} is
     * null when the event kept none (every text came from the source).
     */
    protected void restoreTextState(JsonNode state, E entity) {
    }

    /**
     * Parts of a record that its input does not carry but its writes change, kept in the audit state under
     * their own keys beside the input's fields (a service's schedules at its places); empty when there are none.
     * Unlike {@link #textState}, a key is kept even when its value is empty, so that a revert can tell "there was
     * none" (restore to none) from an event written before the key existed (leave it as it is).
     */
    protected Map<String, Object> partsState(E entity) {
        return Map.of();
    }

    /** Restores one part kept by {@link #partsState} after a revert applied the input's fields. */
    protected void restorePart(String key, JsonNode state, E entity) {
    }

    protected abstract void apply(I input, E entity);

    /** Undoes a creation without deleting: the record leaves public lists. */
    protected abstract void retire(E entity);

    protected abstract Optional<E> findById(UUID id);

    protected abstract void persistAndFlush(E entity);

    protected void created(E entity, Actor actor) {
        persistAndFlush(entity);
        audit.recordChange(actor, AuditAction.CREATE, entityType(), entity.id.toString(), entity.version, null,
                auditState(entity), null);
        changed();
    }

    protected void update(E entity, I input, String ifMatch, Actor actor) {
        change(entity, ifMatch, actor, e -> apply(input, e));
    }

    /**
     * Any audited update: the version check (If-Match), the change, then the audit event with the state
     * before and after, and the change marker; in the caller's transaction.
     */
    protected void change(E entity, String ifMatch, Actor actor, Consumer<E> mutation) {
        Preconditions.requireVersion(ifMatch, entity.version);
        Object before = auditState(entity);
        mutation.accept(entity);
        persistAndFlush(entity);
        audit.recordChange(actor, AuditAction.UPDATE, entityType(), entity.id.toString(), entity.version, before,
                auditState(entity), null);
        changed();
    }

    /** The maintained fields, plus the texts' provenance when some text is not from the source. */
    private Object auditState(E entity) {
        I input = snapshot(entity);
        Object texts = textState(entity);
        Map<String, Object> parts = partsState(entity);
        if (texts == null && parts.isEmpty()) {
            return input;
        }
        ObjectNode state = mapper.valueToTree(input);
        if (texts != null) {
            state.set(TEXT_PROVENANCE, mapper.valueToTree(texts));
        }
        parts.forEach((key, part) -> state.set(key, mapper.valueToTree(part)));
        return state;
    }

    /** Marks the catalogue changed: for this replica at once, for the others through the revision. */
    private void changed() {
        revision.bump();
        changes.fire(new CatalogueChanged(entityType()));
    }

    @Override
    public void revert(AuditEvent event, Actor actor) {
        E entity = findById(UUID.fromString(event.entityKey))
                .orElseThrow(() -> ApiProblem.notFound(entityType(), event.entityKey));
        if (event.entityVersion != null && event.entityVersion != entity.version) {
            throw new ApiProblem(409, "conflict", "Conflict",
                    "The record changed after this event; revert its later changes first.", null);
        }
        Object before = auditState(entity);
        if (event.beforeState == null) {
            retire(entity);
        } else {
            ObjectNode state = read(event.beforeState);
            JsonNode texts = state.remove(TEXT_PROVENANCE);
            Map<String, JsonNode> parts = new java.util.LinkedHashMap<>();
            for (String key : partsState(entity).keySet()) {
                JsonNode part = state.remove(key);
                if (part != null) {
                    parts.put(key, part);
                }
            }
            apply(input(state), entity);
            restoreTextState(texts, entity);
            parts.forEach((key, part) -> restorePart(key, part, entity));
        }
        persistAndFlush(entity);
        audit.recordChange(actor, AuditAction.REVERT, entityType(), entity.id.toString(), entity.version, before,
                auditState(entity), event.id);
        changed();
    }

    private ObjectNode read(String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("unreadable audit state", e);
        }
    }

    private I input(ObjectNode state) {
        try {
            return mapper.treeToValue(state, inputType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit state", e);
        }
    }
}
