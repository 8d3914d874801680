package org.passerelle.referral;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import org.passerelle.common.http.QueryParams;
import org.passerelle.common.http.RateLimiter;
import org.passerelle.common.idempotency.Idempotency;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldErrors;
import org.passerelle.identity.Roles;
import org.passerelle.referral.api.CommandInput;
import org.passerelle.referral.api.NoteInput;
import org.passerelle.referral.api.NoteView;
import org.passerelle.referral.api.PartnerReferralView;
import org.passerelle.referral.api.ReferralPage;
import org.passerelle.referral.api.ReferralView;

/** Referrals: the desk's and the partners' side of the loop. */
@Path("/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referral cases")
public class ReferralResource {

    static final String FHIR_JSON = "application/fhir+json";

    private final Referrals referrals;
    private final Callers callers;
    private final Idempotency idempotency;
    private final RateLimiter limiter;

    public ReferralResource(Referrals referrals, Callers callers, Idempotency idempotency, RateLimiter limiter) {
        this.limiter = limiter;
        this.referrals = referrals;
        this.callers = callers;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.PARTNER })
    @Operation(operationId = "listReferrals", summary = "List the referrals of my desk, or sent to my organisation",
            description = "A partner (user or API client) lists the referrals sent to its organisation's "
                    + "services (never a draft, never another organisation's); an agent its desk's. Soonest due "
                    + "first (or oldest first); filter by status, service, due date, what is late or due soon, and what waits for an outcome.")
    @APIResponse(responseCode = "200", description = "A page of referrals.")
    @APIResponse(responseCode = "429", description = "Too many lists from this client (by default 60 a minute, in "
            + "bursts of 30); wait the seconds Retry-After says.")
    public ReferralPage listReferrals(
            @Parameter(description = "Only this status.", schema = @Schema(implementation = ReferralStatus.class))
            @RestQuery String status,
            @Parameter(description = "Only this service (UUID).", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"))
            @RestQuery String service,
            @Parameter(description = "Only those due by then (an ISO-8601 instant in UTC).", example = "2026-12-31T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING,
                            pattern = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,9})?Z$"))
            @RestQuery String dueBefore,
            @Parameter(description = "Only what still waits on someone and is overdue, or due within two days (the server's "
                    + "clock decides).", schema = @Schema(type = SchemaType.STRING, enumeration = { "overdue", "soon" }))
            @RestQuery String due,
            @Parameter(description = "Only those accepted or in progress: the partner has them and the outcome is awaited.",
                    example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) @RestQuery String waiting,
            @Parameter(description = "due (default): soonest due first, one without a due date by when it was made; "
                    + "created: oldest first. The order holds across pages.", schema = @Schema(type = SchemaType.STRING,
                            enumeration = { "due", "created" }, defaultValue = "due"))
            @RestQuery String sort,
            @BeanParam PageParams page) {
        limiter.require(RateLimiter.Limit.CASE_LISTS);
        FieldErrors errors = new FieldErrors();
        PageRequest request = page.pageRequest(errors);
        ReferralStatus s = QueryParams.codeParam("status", status, ReferralStatus.class, errors).orElse(null);
        UUID serviceId = null;
        if (service != null) {
            try {
                serviceId = UUID.fromString(service);
            } catch (IllegalArgumentException e) {
                errors.add("service", "must be a service UUID");
            }
        }
        Instant dueBy = null;
        if (dueBefore != null) {
            try {
                dueBy = instant(dueBefore);
            } catch (java.time.DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
                errors.add("dueBefore", "must be an ISO-8601 instant such as 2026-12-31T00:00:00Z");
            }
        }
        ReferralRepository.Due dueWindow = QueryParams.codeParam("due", due, ReferralRepository.Due.class, errors)
                .orElse(null);
        ReferralRepository.Sort order = QueryParams.codeParam("sort", sort, ReferralRepository.Sort.class, errors)
                .orElse(ReferralRepository.Sort.DUE);
        boolean waitingOnly = QueryParams.booleanParam("waiting", waiting, errors);
        errors.throwIfAny();
        var filter = new ReferralRepository.Filter(s, serviceId, dueBy, dueWindow, waitingOnly, order,
                Instant.now());
        return referrals.list(filter, request.page(), request.size(), callers.member());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.PARTNER, Roles.COORDINATOR })
    @Produces({ MediaType.APPLICATION_JSON, FHIR_JSON })
    @Operation(operationId = "getReferral", summary = "Read a referral",
            description = "The receiving partner sees what it needs to decide before accepting, and the fields "
                    + "the consent allows after; the desk sees it all. With Accept: application/fhir+json, a FHIR R4 "
                    + "Task (status mapped, focus the service, for a pseudonymous reference to the case).")
    @APIResponse(responseCode = "200", description = "The referral; ETag holds its version.",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = { ReferralView.class, PartnerReferralView.class })),
                    @Content(mediaType = FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT,
                            description = "A FHIR R4 Task.")) })
    public Response getReferral(@Parameter(description = "The referral's UUID.") @PathParam("id") String id,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        UUID referralId = Ids.uuid(id, "referral");
        Caller caller = callers.member();
        if (accept != null && accept.contains(FHIR_JSON)) {
            Map<String, Object> task = referrals.fhirTask(referralId, caller);
            return Response.ok(task, FHIR_JSON).build();
        }
        Object view = referrals.get(referralId, caller);
        return Response.ok(view, MediaType.APPLICATION_JSON).tag(new EntityTag(String.valueOf(version(view)))).build();
    }

    @POST
    @Path("/{id}/{command: send|accept|decline|start|complete|no-show|cancel}")
    @RolesAllowed({ Roles.AGENT, Roles.PARTNER })
    @Operation(operationId = "moveReferral", summary = "Send, accept, decline, start, complete, mark a no-show, or cancel",
            description = "Each command is allowed from some states to one side: send (desk: draft), accept and "
                    + "decline (partner: sent; decline needs a reason), start (partner: accepted), complete (partner: "
                    + "accepted or in progress; needs an outcome) and no-show (partner), cancel (desk: draft or sent; "
                    + "either side once accepted; needs a reason). Codes: GET /api/v1/referral-codes. Send If-Match. "
                    + "Any other move is a 409 that names the current state and the allowed commands.")
    @APIResponse(responseCode = "200", description = "The referral as it now is; ETag holds its new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = { ReferralView.class, PartnerReferralView.class })))
    @APIResponse(responseCode = "409", description = "Not allowed from this state for you; errors names the state "
            + "(status) and the commands allowed now (allowed).")
    @APIResponse(responseCode = "412", description = "The referral changed since the ETag you sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    @APIResponse(responseCode = "405", description = "The path resolves elsewhere (dot segments): no command there.")
    public Response moveReferral(@Parameter(description = "The referral's UUID.") @PathParam("id") String id,
            @Parameter(description = "The command.", schema = @Schema(enumeration = { "send", "accept", "decline",
                    "start", "complete", "no-show", "cancel" })) @PathParam("command") String command,
            @Parameter(description = "The ETag (version) you read.", example = "\"1\"", required = true)
            @HeaderParam("If-Match") String ifMatch,
            @Valid CommandInput body) {
        ReferralCommand cmd = ReferralCommand.of(command).filter(c -> c != ReferralCommand.EXPIRE)
                .orElseThrow(() -> ApiProblem.notFound("command", command));
        Object view = referrals.command(Ids.uuid(id, "referral"), cmd, ifMatch, body, callers.member());
        return Response.ok(view).tag(new EntityTag(String.valueOf(version(view)))).build();
    }

    @GET
    @Path("/{id}/notes")
    @RolesAllowed({ Roles.AGENT, Roles.PARTNER })
    @Operation(operationId = "listReferralNotes", summary = "Read a referral's notes (the desk and the partner)",
            description = "Shared between the referring desk and the receiving organisation, once the referral is sent.")
    @APIResponse(responseCode = "200", description = "The notes, oldest first.")
    public List<NoteView> listReferralNotes(@Parameter(description = "The referral's UUID.") @PathParam("id") String id) {
        return referrals.notes(Ids.uuid(id, "referral"), callers.member());
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed({ Roles.AGENT, Roles.PARTNER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addReferralNote", summary = "Add a note shared between the desk and the partner",
            description = "Free text, at most 1,000 characters. No sensitive details: no health, no story, no "
                    + "status. With Idempotency-Key, a retry returns the first response.")
    @APIResponse(responseCode = "201", description = "The note.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView.class)))
    @APIResponse(responseCode = "409", description = "The case is anonymised.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response addReferralNote(@Parameter(description = "The referral's UUID.") @PathParam("id") String id,
            @Parameter(description = "Makes a retry safe.") @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON object is required") @Valid NoteInput body) {
        UUID referralId = Ids.uuid(id, "referral");
        Caller caller = callers.member();
        return idempotency.execute(idempotencyKey, caller.actor().key(),
                body, () -> new Idempotency.Created(201, null, null, referrals.addNote(referralId, body, caller)));
    }

    /** An ISO-8601 instant; a day past the month's end that the contract's pattern allows (31 September) is its last day. */
    static Instant instant(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            throw new java.time.DateTimeException(text);
        }
        java.time.YearMonth month = java.time.YearMonth.of(Integer.parseInt(text.substring(0, 4)),
                Integer.parseInt(text.substring(5, 7)));
        int day = Math.min(Integer.parseInt(text.substring(8, 10)), month.lengthOfMonth());
        return Instant.parse(String.format("%s-%02d%s", month, day, text.substring(10)));
    }

    private static int version(Object view) {
        return view instanceof PartnerReferralView p ? p.version() : ((ReferralView) view).version();
    }
}
