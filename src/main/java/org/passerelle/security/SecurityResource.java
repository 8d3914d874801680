package org.passerelle.security;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.passerelle.catalogue.api.PageView;
import org.passerelle.common.http.PageParams;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.security.api.AuditEventView;
import org.passerelle.security.api.MeView;
import org.passerelle.security.api.MembershipInput;
import org.passerelle.security.api.MembershipView;

import io.quarkus.security.identity.SecurityIdentity;

/** Who am I, who acts for which organisation, and the audit trail. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access")
public class SecurityResource {

    private final CurrentActor actor;
    private final SecurityIdentity identity;
    private final MembershipService memberships;
    private final AuditService audit;

    public SecurityResource(CurrentActor actor, SecurityIdentity identity, MembershipService memberships,
            AuditService audit) {
        this.actor = actor;
        this.identity = identity;
        this.memberships = memberships;
        this.audit = audit;
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(operationId = "getMe", summary = "Say who I am, my roles and my organisation",
            description = "Roles come from the token; the organisation from Passerelle's membership table.")
    @APIResponse(responseCode = "200", description = "The caller.")
    public MeView getMe() {
        String username = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("preferred_username")
                : identity.getPrincipal().getName();
        return memberships.me(actor.get(), username);
    }

    @GET
    @Path("/memberships")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listMemberships", summary = "List who acts for which organisation",
            description = "Each membership binds an OIDC subject or an API client id to one organisation.")
    @APIResponse(responseCode = "200", description = "Every membership.")
    public List<MembershipView> listMemberships() {
        return memberships.list();
    }

    @POST
    @Path("/memberships")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMembership", summary = "Let a user or an API client act for an organisation",
            description = "A principal acts for one organisation at most; the change is audited.")
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "409", description = "The principal already acts for an organisation.")
    public Response createMembership(@NotNull(message = "a JSON object is required") @Valid MembershipInput body,
            @Context UriInfo uriInfo) {
        MembershipView created = memberships.create(body, actor.get());
        URI location = uriInfo.getBaseUriBuilder().path("v1/memberships").path(created.id().toString()).build();
        return Response.created(location).entity(created).build();
    }

    @DELETE
    @Path("/memberships/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "deleteMembership", summary = "End a membership",
            description = "The principal acts for no organisation any more; the change is audited.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteMembership(
            @Parameter(description = "The membership's UUID.", example = "5b0f3c9e-8a7d-4e6f-9b1a-2c3d4e5f6a7b")
            @PathParam("id") String id) {
        memberships.delete(uuid(id), actor.get());
    }

    @GET
    @Path("/audit-events")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listAuditEvents", summary = "List catalogue writes, newest first",
            description = "Who (an identifier), when, which record and which fields; no personal content.")
    @APIResponse(responseCode = "200", description = "A page of audit events.")
    public PageView<AuditEventView> listAuditEvents(
            @Parameter(description = "Only this entity type.", example = "service") @RestQuery String entityType,
            @Parameter(description = "Only this record (UUID, or a theme's code).",
                    example = "c2b1f8e4-8a2b-5c7d-9e0f-1a2b3c4d5e6f") @RestQuery String entityKey,
            @BeanParam PageParams page) {
        return audit.list(entityType, entityKey, page);
    }

    @POST
    @Path("/audit-events/{id}/revert")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "revertAuditEvent", summary = "Revert a catalogue write",
            description = "Restores the record as it was before the write (a creation is undone by retiring the "
                    + "record). Only the latest write of a record can be reverted: 409 otherwise.")
    @APIResponse(responseCode = "200", description = "The audit event of the revert.")
    @APIResponse(responseCode = "409", description = "A later write exists, or this kind cannot be reverted.")
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
