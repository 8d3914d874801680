package org.passerelle.audit;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.audit.api.AuditEventView;
import org.passerelle.common.http.PageParams;
import org.passerelle.common.paging.PageView;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.identity.CurrentActor;
import org.passerelle.identity.Roles;

/** The audit trail and revert. */
@Path("/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access")
public class AuditResource {

    private final CurrentActor actor;
    private final AuditService audit;

    public AuditResource(CurrentActor actor, AuditService audit) {
        this.actor = actor;
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listAuditEvents", summary = "List catalogue writes, newest first",
            description = "Who (an identifier), when, which record and which fields; no personal content. Every "
                    + "filter is optional and they combine: a record (entityType, entityKey), a kind of write "
                    + "(action), a principal (actor) and the organisation it acted for (organization).")
    @APIResponse(responseCode = "200", description = "A page of audit events.")
    public PageView<AuditEventView> listAuditEvents(@BeanParam AuditFilterParams filters,
            @BeanParam PageParams page) {
        return audit.list(filters, page);
    }

    @POST
    @Path("/{id}/revert")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "revertAuditEvent", summary = "Revert a catalogue write",
            description = "Restores the record as it was before the write (a creation is undone by retiring the "
                    + "record). Only the latest write of a record can be reverted: 409 otherwise.")
    @APIResponse(responseCode = "200", description = "The audit event of the revert.")
    @APIResponse(responseCode = "409", description = "A later write exists (revert it first), or this kind of write "
            + "cannot be reverted here (a deletion, or a record that is not the catalogue's, such as a membership).")
    @APIResponse(responseCode = "412", description = "Another write to the record won the race while the revert ran; "
            + "read the log again: the revert is now of an older write.")
    public AuditEventView revertAuditEvent(
            @Parameter(description = "The audit event's UUID.", example = "5b0f3c9e-8a7d-4e6f-9b1a-2c3d4e5f6a7b")
            @PathParam("id") String id) {
        return audit.revert(uuid(id), actor.get());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound("record", id);
        }
    }
}
