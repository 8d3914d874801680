package org.passerelle.identity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.identity.api.MeView;

/** Who am I. */
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access")
public class MeResource {

    private final CurrentActor actor;
    private final SecurityIdentity identity;
    private final MembershipService memberships;

    public MeResource(CurrentActor actor, SecurityIdentity identity, MembershipService memberships) {
        this.actor = actor;
        this.identity = identity;
        this.memberships = memberships;
    }

    @GET
    @Authenticated
    @Operation(operationId = "getMe", summary = "Say who I am, my roles and my organisation",
            description = "Roles come from the token; the organisation from Passerelle's membership table.")
    @APIResponse(responseCode = "200", description = "The caller.")
    public MeView getMe() {
        String username = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("preferred_username")
                : identity.getPrincipal().getName();
        return memberships.me(actor.get(), username);
    }
}
