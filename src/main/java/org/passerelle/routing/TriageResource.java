package org.passerelle.routing;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.passerelle.common.http.RateLimiter;
import org.passerelle.common.i18n.LanguageParams;
import org.passerelle.common.problem.Problem;
import org.passerelle.routing.api.NeedsProfile;
import org.passerelle.routing.api.TriagePlan;

@Path("/v1/triage")
@Tag(name = "Routing")
public class TriageResource {

    private final Triage triage;
    private final RateLimiter rateLimiter;

    public TriageResource(Triage triage, RateLimiter rateLimiter) {
        this.triage = triage;
        this.rateLimiter = rateLimiter;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "triage", summary = "Turn a needs profile into a personal plan",
            description = "Anonymous. Facts about the person travel in this body only and are never stored; "
                    + "only anonymous counts of unmet needs (need, area, day) are kept. Each offer carries a "
                    + "verdict (eligible, maybe, not-eligible) and reasons as message keys.")
    @APIResponse(responseCode = "200", description = "The plan.")
    @APIResponse(responseCode = "429", description = "Too many plans from this client (invalid ones count too): "
            + "by default 120 a minute, in bursts of up to 120; wait the seconds Retry-After says.")
    public TriagePlan triage(@NotNull(message = "a JSON object is required") @Valid NeedsProfile body,
            @Parameter(description = "Offers listed per need, 1 to 100; 10 by default.", example = "10",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "10"))
            @RestQuery String limit,
            @Parameter(description = "true when the same plan is asked again (a QR code or a saved link reopened "
                    + "it): its unmet needs were counted the first time and are not counted again. "
                    + org.passerelle.common.http.QueryBooleans.RULE,
                    example = "false", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @RestQuery("replay") Boolean replay,
            @BeanParam LanguageParams language) {
        rateLimiter.require(RateLimiter.Limit.TRIAGE); // counted already by TriageLimit, before the body was read
        return triage.plan(body, limit, Boolean.TRUE.equals(replay), language.selection());
    }
}
