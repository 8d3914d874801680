package org.passerelle.referral;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.common.http.RateLimiter;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.referral.api.CommandInput;
import org.passerelle.referral.api.ReferralLinkView;

/**
 * Signed links: a partner without an account reads and answers one referral from its mail (decision 0018).
 * Anonymous: the token is the credential. It is never logged (see ProblemMappers' path redaction) and the
 * metrics tag these requests by the path template, never by the path.
 */
@Path("/v1/referral-links/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referral cases")
public class ReferralLinkResource {

    private static final String TOKEN = "The token from the mail (two base64url parts joined by a dot).";
    private static final String GONE = "The link expired, was used, or was withdrawn (the referral cancelled, the "
            + "person's consent withdrawn); type says which: link-expired, link-used or link-revoked.";
    private static final String UNKNOWN = "No such link: the token is malformed, altered or unknown (the same answer "
            + "for each, so the endpoint tells a guesser nothing).";
    private static final String LIMITED = "Too many link requests from this client (by default 30 a minute, in bursts "
            + "of 20); wait the seconds Retry-After says.";

    private final ReferralLinks links;
    private final RateLimiter limiter;

    public ReferralLinkResource(ReferralLinks links, RateLimiter limiter) {
        this.links = links;
        this.limiter = limiter;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getReferralLink", summary = "Read the referral a signed link opens",
            description = "What the receiving organisation may see: the organisation it was sent to, the desk that "
                    + "sent it with the desk's own contact, and the referral: before acceptance what it needs to decide, "
                    + "after it the fields the person consented to. Changes nothing, however often it is read (mail "
                    + "scanners open links); the read is journaled. The public page /r/{token} shows this.")
    @APIResponse(responseCode = "200", description = "The referral and what the link may still do.")
    @APIResponse(responseCode = "404", description = UNKNOWN)
    @APIResponse(responseCode = "410", description = GONE)
    @APIResponse(responseCode = "429", description = LIMITED)
    public ReferralLinkView getReferralLink(@Parameter(description = TOKEN, schema = @Schema(type = SchemaType.STRING,
            maxLength = 200)) @PathParam("token") String token) {
        limiter.require(RateLimiter.Limit.LINKS);
        return links.read(token, Instant.now());
    }

    @POST
    @Path("/{verb: accept|decline|complete|no-show}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "actOnReferralLink", summary = "Accept, decline, complete or mark a no-show through a signed link",
            description = "Once per link. An answer link accepts or declines a sent referral (decline needs a reason); "
                    + "an outcome link completes an accepted one (needs an outcome) or marks a no-show. Codes: GET "
                    + "/api/v1/referral-codes. No If-Match: the link itself acts once.")
    @APIResponse(responseCode = "200", description = "Done: the referral as it now is; the link is used.")
    @APIResponse(responseCode = "404", description = UNKNOWN)
    @APIResponse(responseCode = "409", description = "This link is not for that verb (an answer link cannot complete); "
            + "errors names the verbs it allows.")
    @APIResponse(responseCode = "410", description = GONE)
    @APIResponse(responseCode = "429", description = LIMITED)
    public ReferralLinkView actOnReferralLink(@Parameter(description = TOKEN, schema = @Schema(type = SchemaType.STRING,
            maxLength = 200)) @PathParam("token") String token,
            @Parameter(description = "What to do.", schema = @Schema(enumeration = { "accept", "decline", "complete",
                    "no-show" })) @PathParam("verb") String verb,
            @Valid CommandInput body) {
        limiter.require(RateLimiter.Limit.LINKS);
        ReferralCommand command = ReferralCommand.of(verb).orElseThrow(() -> ApiProblem.notFound("command", verb));
        return links.act(token, command, body, Instant.now());
    }
}
