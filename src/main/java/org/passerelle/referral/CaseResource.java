package org.passerelle.referral;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.passerelle.common.http.PageParams;
import org.passerelle.common.http.PageRequest;
import org.passerelle.common.http.RateLimiter;
import org.passerelle.common.http.Preconditions;
import org.passerelle.common.idempotency.Idempotency;
import org.passerelle.common.problem.FieldErrors;
import org.passerelle.identity.Roles;
import org.passerelle.referral.api.AmendmentInput;
import org.passerelle.referral.api.CaseExport;
import org.passerelle.referral.api.CaseInput;
import org.passerelle.referral.api.CasePage;
import org.passerelle.referral.api.CaseView;
import org.passerelle.referral.api.NoteInput;
import org.passerelle.referral.api.NoteView;
import org.passerelle.referral.api.ReferralInput;
import org.passerelle.referral.api.ReferralView;
import org.passerelle.referral.api.TimelineEventView;
import org.passerelle.referral.api.WithdrawalInput;

/** Referral cases: the desk opens them under consent, refers, and follows them. */
@Path("/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referral cases")
public class CaseResource {

    private final ReferralCases cases;
    private final CaseRights rights;
    private final Referrals referrals;
    private final Callers callers;
    private final Idempotency idempotency;
    private final RateLimiter limiter;

    public CaseResource(ReferralCases cases, CaseRights rights, Referrals referrals, Callers callers,
            Idempotency idempotency, RateLimiter limiter) {
        this.limiter = limiter;
        this.cases = cases;
        this.rights = rights;
        this.referrals = referrals;
        this.callers = callers;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.AGENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openCase", summary = "Open a case for a person, with their consent",
            description = "No case without consent (rule 2): the consent record is part of the request. The case "
                    + "belongs to the agent's desk. With Idempotency-Key, a retry returns the first response.")
    @APIResponse(responseCode = "201", description = "Opened; Location points at the case.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response openCase(
            @Parameter(description = "Makes a retry safe.", example = "3f2e1d0c-9b8a-4765-a4b3-c2d1e0f9a8b7")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON object is required") @Valid CaseInput body, @Context UriInfo uriInfo) {
        Caller caller = callers.member();
        return idempotency.execute(idempotencyKey, caller.actor().key(),
                body, () -> {
                    CaseView created = cases.open(body, caller);
                    URI location = uriInfo.getBaseUriBuilder().path("v1/cases").path(created.id().toString()).build();
                    return new Idempotency.Created(201, location, Preconditions.etag(created.version()), created);
                });
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.COORDINATOR })
    @Operation(operationId = "listCases", summary = "List the desk's cases, newest first",
            description = "An agent lists its desk's cases; a coordinator all of them, without the person. With "
                    + "reference, only the case that bears it: a reference is unique per desk and year, so a "
                    + "coordinator may find one case per desk. Each case listed is journaled (case-list).")
    @APIResponse(responseCode = "200", description = "A page of cases.")
    @APIResponse(responseCode = "429", description = "Too many lists from this client (by default 60 a minute, in "
            + "bursts of 30); wait the seconds Retry-After says.")
    public CasePage listCases(@BeanParam PageParams page,
            @Parameter(description = "Only the case with this reference (letters in any case).",
                    example = "PAS-2026-000123", schema = @Schema(type = SchemaType.STRING,
                            pattern = REFERENCE_PATTERN, maxLength = 40))
            @RestQuery String reference) {
        limiter.require(RateLimiter.Limit.CASE_LISTS);
        FieldErrors errors = new FieldErrors();
        PageRequest request = page.pageRequest(errors);
        Optional<String> wanted = reference(reference, errors);
        errors.throwIfAny();
        return cases.list(callers.member(), request.page(), request.size(), wanted);
    }

    /**
     * A case reference as the desk prints it (PAS-2026-000123). A coordinator types it from a letter or a
     * call, so the letters' case and the spaces around it are forgiven.
     */
    static final String REFERENCE_PATTERN = "^[A-Za-z]{2,5}-[0-9]{4}-[0-9]{1,9}$";

    private static Optional<String> reference(String raw, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String trimmed = raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (trimmed.length() > 40 || !trimmed.matches(REFERENCE_PATTERN)) {
            errors.add("reference", "must be a case reference such as PAS-2026-000123");
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.COORDINATOR })
    @Operation(operationId = "getCase", summary = "Read a case",
            description = "The desk's agents read the whole case. A coordinator reads its metadata; the person "
                    + "only with purpose=gdpr-request, which the access journal records as such.")
    @APIResponse(responseCode = "200", description = "The case; ETag holds its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Response getCase(@Parameter(description = "The case's UUID.") @PathParam("id") String id,
            @Parameter(description = "gdpr-request: a coordinator answering an access or erasure request.",
                    example = "gdpr-request", schema = @Schema(enumeration = { "gdpr-request" }))
            @RestQuery String purpose) {
        if (purpose != null && !"gdpr-request".equals(purpose)) {
            throw org.passerelle.common.problem.ApiProblem.invalid("purpose", "must be gdpr-request");
        }
        CaseView view = cases.get(Ids.uuid(id, "case"), "gdpr-request".equals(purpose), callers.member());
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @POST
    @Path("/{id}/consent-amendments")
    @RolesAllowed(Roles.AGENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "amendConsent", summary = "Widen the person's consent before referring outside it",
            description = "Recorded with the person, under a consent text version and language. Send If-Match.")
    @APIResponse(responseCode = "200", description = "The case with its consent widened.")
    @APIResponse(responseCode = "409", description = "The case is anonymised.")
    @APIResponse(responseCode = "412", description = "The case changed since the ETag you sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response amendConsent(@Parameter(description = "The case's UUID.") @PathParam("id") String id,
            @Parameter(description = "The ETag (version) you read.", example = "\"0\"", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "a JSON object is required") @Valid AmendmentInput body) {
        CaseView view = cases.amend(Ids.uuid(id, "case"), ifMatch, body, callers.member());
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @POST
    @Path("/{id}/referrals")
    @RolesAllowed(Roles.AGENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReferral", summary = "Refer the case to one service",
            description = "One referral per target service, as a draft, or sent at once with send=true. The "
                    + "service's organisation must be within the consent (else 409: amend it first). With "
                    + "Idempotency-Key, a retry returns the first response.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the referral.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "Outside the person's consent, or the case is anonymised.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response createReferral(@Parameter(description = "The case's UUID.") @PathParam("id") String id,
            @Parameter(description = "Makes a retry safe.", example = "5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON object is required") @Valid ReferralInput body, @Context UriInfo uriInfo) {
        UUID caseId = Ids.uuid(id, "case");
        Caller caller = callers.member();
        return idempotency.execute(idempotencyKey, caller.actor().key(),
                body, () -> {
                    ReferralView created = (ReferralView) referrals.create(caseId, body, caller);
                    URI location = uriInfo.getBaseUriBuilder().path("v1/referrals").path(created.id().toString())
                            .build();
                    return new Idempotency.Created(201, location, Preconditions.etag(created.version()), created);
                });
    }

    @GET
    @Path("/{id}/notes")
    @RolesAllowed(Roles.AGENT)
    @Operation(operationId = "listCaseNotes", summary = "Read the case's notes (the desk only)",
            description = "Case notes never reach a partner; referral notes are read on the referral.")
    @APIResponse(responseCode = "200", description = "The notes, oldest first.")
    public List<NoteView> listCaseNotes(@Parameter(description = "The case's UUID.") @PathParam("id") String id) {
        return cases.caseNotes(Ids.uuid(id, "case"), callers.member());
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed(Roles.AGENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCaseNote", summary = "Add a note to the case (the desk only)",
            description = "Free text, at most 1,000 characters. No sensitive details: no health, no story, no "
                    + "status. With Idempotency-Key, a retry returns the first response.")
    @APIResponse(responseCode = "201", description = "The note.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView.class)))
    @APIResponse(responseCode = "409", description = "The case is anonymised.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response addCaseNote(@Parameter(description = "The case's UUID.") @PathParam("id") String id,
            @Parameter(description = "Makes a retry safe.") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON object is required") @Valid NoteInput body) {
        UUID caseId = Ids.uuid(id, "case");
        Caller caller = callers.member();
        return idempotency.execute(idempotencyKey, caller.actor().key(),
                body, () -> new Idempotency.Created(201, null, null, cases.addCaseNote(caseId, body, caller)));
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed(Roles.AGENT)
    @Operation(operationId = "getCaseTimeline", summary = "Every event of the case: who, when, what, which referral",
            description = "Opening, consent amendments, each referral's moves and notes added; never their content.")
    @APIResponse(responseCode = "200", description = "The events, oldest first.")
    public List<TimelineEventView> getCaseTimeline(@Parameter(description = "The case's UUID.") @PathParam("id") String id) {
        return cases.timeline(Ids.uuid(id, "case"), callers.member());
    }

    @POST
    @Path("/{id}/consent/withdraw")
    @RolesAllowed(Roles.AGENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawConsent", summary = "Record the person's withdrawal of their consent",
            description = "For the organisations named, or for all with an empty body (still sent as JSON). Their access ends at once (404 "
                    + "from then on, journaled), their open referrals are cancelled (consent-withdrawn), and "
                    + "referring to them again needs a new consent (an amendment). No If-Match: a withdrawal never "
                    + "waits on the case's version.")
    @APIResponse(responseCode = "200", description = "The case, its consent narrowed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "Nothing left to withdraw, or the case is anonymised.")
    public Response withdrawConsent(@Parameter(description = "The case's UUID.") @PathParam("id") String id,
            @Valid WithdrawalInput body) {
        CaseView view = rights.withdraw(Ids.uuid(id, "case"), body, callers.member());
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed({ Roles.AGENT, Roles.COORDINATOR })
    @Operation(operationId = "exportCase", summary = "Export everything held about the person of a case",
            description = "For an access request (GDPR art. 15): the person, needs, consent records, referrals with "
                    + "their notes, the timeline and the access journal of the case. The desk's agents or a "
                    + "coordinator; journaled as case-export.")
    @APIResponse(responseCode = "200", description = "The export.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseExport.class)))
    public CaseExport exportCase(@Parameter(description = "The case's UUID.") @PathParam("id") String id) {
        return rights.export(Ids.uuid(id, "case"), callers.member());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "eraseCase", summary = "Erase the person of a case, on their request (coordinators)",
            description = "Clears the person's fields and every free text at once, cancels the open referrals "
                    + "(erased-on-request), ends the partners' access and forgets the stored responses that named "
                    + "the case. The case and referral rows stay, without anything personal, for the statistics. "
                    + "Send If-Match with the ETag of GET /api/v1/cases/{id}?purpose=gdpr-request: the deliberate "
                    + "confirmation that this is the case you read.")
    @APIResponse(responseCode = "204", description = "Erased.")
    @APIResponse(responseCode = "409", description = "Erased already.")
    @APIResponse(responseCode = "412", description = "The case changed since the ETag you sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response eraseCase(@Parameter(description = "The case's UUID.") @PathParam("id") String id,
            @Parameter(description = "The ETag (version) you read.", example = "\"3\"", required = true)
            @HeaderParam("If-Match") String ifMatch) {
        rights.erase(Ids.uuid(id, "case"), ifMatch, callers.get());
        return Response.noContent().build();
    }
}
