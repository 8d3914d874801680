package org.passerelle.catalogue;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    protected abstract void apply(I input, E entity);

    /** Undoes a creation without deleting: the record leaves public lists. */
    protected abstract void retire(E entity);

    protected abstract Optional<E> findById(UUID id);

    protected abstract void persistAndFlush(E entity);

    protected void created(E entity, Actor actor) {
        persistAndFlush(entity);
        audit.recordChange(actor, AuditAction.CREATE, entityType(), entity.id.toString(), entity.version, null,
                snapshot(entity), null);
        changed();
    }

    protected void update(E entity, I input, String ifMatch, Actor actor) {
        Preconditions.requireVersion(ifMatch, entity.version);
        I before = snapshot(entity);
        apply(input, entity);
        persistAndFlush(entity);
        audit.recordChange(actor, AuditAction.UPDATE, entityType(), entity.id.toString(), entity.version, before,
                snapshot(entity), null);
        changed();
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
        I before = snapshot(entity);
        if (event.beforeState == null) {
            retire(entity);
        } else {
            apply(read(event.beforeState), entity);
        }
        persistAndFlush(entity);
        audit.recordChange(actor, AuditAction.REVERT, entityType(), entity.id.toString(), entity.version, before,
                snapshot(entity), event.id);
        changed();
    }

    private I read(String json) {
        try {
            return mapper.readValue(json, inputType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit state", e);
        }
    }
}
