package org.passerelle.identity;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.identity.api.MembershipInput;
import org.passerelle.identity.api.MembershipView;

/** Who acts for which organisation. */
@Path("/v1/memberships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access")
public class MembershipResource {

    private final CurrentActor actor;
    private final MembershipService memberships;

    public MembershipResource(CurrentActor actor, MembershipService memberships) {
        this.actor = actor;
        this.memberships = memberships;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listMemberships", summary = "List who acts for which organisation",
            description = "Each membership binds an OIDC subject or an API client id to one organisation.")
    @APIResponse(responseCode = "200", description = "Every membership.")
    public List<MembershipView> listMemberships() {
        return memberships.list();
    }

    @POST
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
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "deleteMembership", summary = "End a membership",
            description = "The principal acts for no organisation any more; the change is audited.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteMembership(
            @Parameter(description = "The membership's UUID.", example = "5b0f3c9e-8a7d-4e6f-9b1a-2c3d4e5f6a7b")
            @PathParam("id") String id) {
        memberships.delete(uuid(id), actor.get());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound("record", id);
        }
    }
}
