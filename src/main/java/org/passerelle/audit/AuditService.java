package org.passerelle.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import org.passerelle.common.paging.PageView;
import org.passerelle.common.http.PageParams;
import org.passerelle.common.http.PageRequest;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldErrors;
import org.passerelle.audit.api.AuditEventView;
import org.passerelle.identity.Actor;

/** Reads the audit trail and reverts a change (coordinators only). */
@ApplicationScoped
@Transactional
public class AuditService {

    private final AuditEventRepository events;
    private final Map<String, Revertible> revertibles;
    private final ObjectMapper mapper;

    public AuditService(AuditEventRepository events, Instance<Revertible> revertibles, ObjectMapper mapper) {
        this.events = events;
        this.revertibles = revertibles.stream().collect(Collectors.toMap(Revertible::entityType, Function.identity()));
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<AuditEventView> list(AuditFilterParams filters, PageParams params) {
        FieldErrors errors = new FieldErrors();
        PageRequest page = params.pageRequest(errors);
        AuditEventRepository.Filter filter = filters.filter(errors);
        errors.throwIfAny();
        var query = events.find(filter);
        long total = query.count();
        List<AuditEventView> items = query.page(Page.of(page.page() - 1, page.size())).list().stream()
                .map(this::view).toList();
        return PageView.of(page.page(), page.size(), total, items);
    }

    public AuditEventView revert(UUID eventId, Actor actor) {
        AuditEvent event = events.findByIdOptional(eventId)
                .orElseThrow(() -> ApiProblem.notFound("audit event", eventId.toString()));
        Revertible revertible = revertibles.get(event.entityType);
        if (revertible == null || event.action == AuditAction.DELETE) {
            throw new ApiProblem(409, "not-revertible", "Conflict",
                    "Changes to " + event.entityType + " records cannot be reverted here.", null);
        }
        revertible.revert(event, actor);
        AuditEvent revert = events.findByEntity(event.entityType, event.entityKey).firstResult();
        return view(revert);
    }

    private AuditEventView view(AuditEvent e) {
        List<String> fields = e.changedFields.isEmpty() ? List.of() : Arrays.asList(e.changedFields.split(","));
        return new AuditEventView(e.id, e.occurredAt, e.actorKind, e.actor, e.actorOrganizationId, e.action,
                e.entityType, e.entityKey, e.entityVersion, fields, tree(e.beforeState), tree(e.afterState),
                e.revertsEventId);
    }

    private JsonNode tree(String json) {
        try {
            return json == null ? null : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit state", e);
        }
    }
}
