package org.passerelle.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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
import org.passerelle.identity.Roles;
import org.passerelle.referral.api.RetentionPolicyInput;
import org.passerelle.referral.api.RetentionPolicyView;

/** How long cases and their journal are kept: city staff read it, a coordinator sets the delay of cases. */
@Path("/v1/retention-policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referral cases")
public class RetentionPolicyResource {

    private final Retention retention;
    private final Callers callers;

    public RetentionPolicyResource(Retention retention, Callers callers) {
        this.retention = retention;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.COORDINATOR })
    @Operation(operationId = "getRetentionPolicy", summary = "How long cases, the access journal and keys are kept",
            description = "A case is anonymised caseMonths after its last contact; the journal is kept 12 months.")
    @APIResponse(responseCode = "200", description = "The policy; ETag holds its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RetentionPolicyView.class)))
    public Response getRetentionPolicy() {
        RetentionPolicyView view = retention.policy();
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @PUT
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putRetentionPolicy", summary = "Set how long cases are kept after their last contact",
            description = "From 6 to 24 months (the CNIL référentiel for social support keeps 2 years of active base "
                    + "at most). Audited like a catalogue change. Send If-Match.")
    @APIResponse(responseCode = "200", description = "The policy as set.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RetentionPolicyView.class)))
    @APIResponse(responseCode = "412", description = "The policy changed since the ETag you sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response putRetentionPolicy(
            @Parameter(description = "The ETag (version) you read.", example = "\"0\"", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "a JSON object is required") @Valid RetentionPolicyInput body) {
        RetentionPolicyView view = retention.update(ifMatch, body, callers.get().actor());
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
