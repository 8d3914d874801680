package org.passerelle.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.passerelle.identity.Actor;

/**
 * Appends audit events in the caller's transaction, so a write and its record commit together. The
 * states are the writable catalogue fields, which hold no personal data, or a membership grant, whose
 * principal is an IdP subject UUID or a client id (never a name).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    private final AuditEventRepository events;
    private final ObjectMapper mapper;

    public AuditTrail(AuditEventRepository events, ObjectMapper mapper) {
        this.events = events;
        this.mapper = mapper;
    }

    /** Records a write whose changed fields are computed from the two states (JSON paths). */
    public AuditEvent recordChange(Actor actor, AuditAction action, String entityType, String entityKey,
            Integer entityVersion, Object before, Object after, UUID reverts) {
        JsonNode beforeTree = before == null ? NullNode.instance : mapper.valueToTree(before);
        JsonNode afterTree = after == null ? NullNode.instance : mapper.valueToTree(after);
        List<String> changed = new ArrayList<>(new TreeSet<>(diff("", beforeTree, afterTree)));
        return record(actor, action, entityType, entityKey, entityVersion, before, after, changed, reverts);
    }

    public AuditEvent record(Actor actor, AuditAction action, String entityType, String entityKey,
            Integer entityVersion, Object before, Object after, List<String> changedFields, UUID reverts) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = Instant.now();
        event.actorKind = actor.kind();
        event.actor = actor.principal();
        event.actorOrganizationId = actor.organizationId().orElse(null);
        event.action = action;
        event.entityType = entityType;
        event.entityKey = entityKey;
        event.entityVersion = entityVersion;
        event.changedFields = String.join(",", changedFields);
        event.beforeState = json(before);
        event.afterState = json(after);
        event.revertsEventId = reverts;
        events.persist(event);
        return event;
    }

    public AuditEvent record(Actor actor, AuditAction action, String entityType, String entityKey,
            Object before, Object after, List<String> changedFields, UUID reverts) {
        return record(actor, action, entityType, entityKey, null, before, after, changedFields, reverts);
    }

    private String json(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state not serialisable", e);
        }
    }

    /** Paths whose values differ; an object is compared field by field, anything else as a whole. */
    static List<String> diff(String path, JsonNode before, JsonNode after) {
        List<String> changed = new ArrayList<>();
        if (before.isObject() && after.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                changed.addAll(diff(path.isEmpty() ? name : path + "." + name,
                        before.path(name).isMissingNode() ? NullNode.instance : before.get(name),
                        after.path(name).isMissingNode() ? NullNode.instance : after.get(name)));
            }
        } else if (!before.equals(after)) {
            if (path.isEmpty() && (before.isObject() || after.isObject())) {
                JsonNode present = before.isObject() ? before : after;
                for (Iterator<Map.Entry<String, JsonNode>> it = present.fields(); it.hasNext();) {
                    changed.add(it.next().getKey());
                }
            } else {
                changed.add(path.isEmpty() ? "*" : path);
            }
        }
        return changed;
    }
}
