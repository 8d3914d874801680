package org.passerelle.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.identity.CurrentActor;
import org.passerelle.identity.Roles;
import org.passerelle.referral.api.DeskSettingInput;
import org.passerelle.referral.api.DeskSettingView;

/** A desk's settings: the address partners' decisions are mailed to. */
@Path("/v1/desks/{desk}/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referral cases")
public class DeskSettingResource {

    private final DeskSettings settings;
    private final CurrentActor actor;

    public DeskSettingResource(DeskSettings settings, CurrentActor actor) {
        this.settings = settings;
        this.actor = actor;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getDeskSettings", summary = "Read a desk's settings",
            description = "Where partners' decisions (accepted, declined, completed, no-show, expired) on the desk's "
                    + "referrals are mailed.")
    @APIResponse(responseCode = "200", description = "The settings; ETag holds their version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeskSettingView.class)))
    public Response getDeskSettings(@Parameter(description = "The desk's UUID or slug.") @PathParam("desk") String desk) {
        DeskSettingView view = settings.get(desk);
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @PUT
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putDeskSettings", summary = "Change a desk's settings",
            description = "A functional mailbox of the desk, never a person's; null falls back to the desk "
                    + "organisation's e-mail. Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "The settings as they now are; ETag holds their version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeskSettingView.class)))
    @APIResponse(responseCode = "412", description = "The settings changed since the ETag you sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response putDeskSettings(@Parameter(description = "The desk's UUID or slug.") @PathParam("desk") String desk,
            @Parameter(description = "The ETag (version) you read.", example = "\"0\"", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "a JSON object is required") @Valid DeskSettingInput body) {
        DeskSettingView view = settings.put(desk, ifMatch, body, actor.get());
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
