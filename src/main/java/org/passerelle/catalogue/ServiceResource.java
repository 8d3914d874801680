package org.passerelle.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.catalogue.api.LookupRequest;
import org.passerelle.catalogue.api.LookupResult;
import org.passerelle.catalogue.api.MaintainedService;
import org.passerelle.catalogue.api.ScheduleInput;
import org.passerelle.catalogue.api.ServiceInput;
import org.passerelle.catalogue.api.ServiceSearchResult;
import org.passerelle.catalogue.api.ServiceView;
import org.passerelle.catalogue.api.TranslationInput;
import org.passerelle.common.http.ConditionalJson;
import org.passerelle.common.http.Preconditions;
import org.passerelle.common.http.RateLimiter;
import org.passerelle.common.problem.Problem;
import org.passerelle.common.i18n.LanguageParams;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.identity.CurrentActor;
import org.passerelle.identity.Roles;

@Path("/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services", description = "The offers a newcomer can be routed to. Public and anonymous.")
public class ServiceResource {

    private final ServiceCatalogue catalogue;
    private final ServiceEditor editor;
    private final CurrentActor actor;
    private final ConditionalJson conditional;
    private final SearchResults results;
    @Inject
    RateLimiter rateLimiter;

    public ServiceResource(ServiceCatalogue catalogue, ServiceEditor editor, CurrentActor actor,
            ConditionalJson conditional, SearchResults results) {
        this.results = results;
        this.catalogue = catalogue;
        this.editor = editor;
        this.actor = actor;
        this.conditional = conditional;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listServices", summary = "List active services, filtered and paged",
            description = "Full-text search (French and English stemming, accents folded, typos tolerated, "
                    + "theme labels and synonyms in every kiosk language; with lang or Accept-Language in Arabic, "
                    + "Dari, Pashto, Tigrinya, Ukrainian or Russian, the services' texts in that language read by its "
                    + "own analyser, the services that say the words first) with filters that combine with AND, facet "
                    + "counts and distance. Sorted by relevance with q, by distance with near, by slug otherwise. "
                    + "Facts about a person (status, age, French level) are not filters here: send them in the "
                    + "triage POST body.")
    @APIResponse(responseCode = "200", description = "A page of services.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match.")
    @APIResponse(responseCode = "429", description = "Too many searches from this client: by default 20 a second, "
            + "in bursts of up to 60; wait the seconds Retry-After says.")
    public RestResponse<ServiceSearchResult> listServices(@BeanParam ServiceSearchParams params,
            @BeanParam LanguageParams language, Request request) {
        rateLimiter.require(RateLimiter.Limit.SEARCH); // once per request, with the fast path
        LanguageSelection languages = language.selection();
        return conditional.ok(request, results.get(params.cacheKey(), languages,
                () -> catalogue.search(params, languages)));
    }

    @GET
    @PermitAll
    @Path("/{idOrSlug}")
    @Operation(operationId = "getService", summary = "Get one service by UUID or slug",
            description = "The whole public record, inactive services included. Fields listed in inferred "
                    + "were deduced from the source and must not be shown as facts.")
    @APIResponse(responseCode = "200", description = "The service.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match.")
    public RestResponse<ServiceView> getService(
            @Parameter(description = "The service's UUID or slug.", example = "auberge-des-migrants-aide-urgence")
            @PathParam("idOrSlug") String idOrSlug,
            @BeanParam LanguageParams language, Request request) {
        LanguageSelection languages = language.selection();
        ServiceView record = catalogue.get(idOrSlug, languages);
        return conditional.ok(request, record, languages, record.version());
    }

    @POST
    @PermitAll
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "lookupServices", summary = "Get several services at once by UUID or slug",
            description = "For a plan reopened from a QR code: one request instead of one per service. "
                    + "Unknown ids are listed in missing, in the order asked.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "The services found, and the ids not found.")
    public LookupResult lookupServices(@NotNull(message = "a JSON object with ids is required") @Valid LookupRequest body,
            @BeanParam LanguageParams language) {
        return catalogue.lookup(body.ids(), language.selection());
    }

    @PUT
    @Path("/{idOrSlug}")
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateService", summary = "Replace the maintained fields of a service",
            description = "A partner changes its own organisation's services only (any other is a 404); the "
                    + "change goes live at once and is audited. Send the ETag you read in If-Match: a stale one "
                    + "gives 412, none gives 428. Deactivate a service by setting status to inactive.")
    @APIResponse(responseCode = "200", description = "The service as it now is; ETag holds its new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "412", description = "The service changed since the ETag you sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response updateService(
            @Parameter(description = "The service's UUID or slug.", example = "cimade-permanences-juridiques")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "The ETag (version) you read.", example = "\"3\"", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON object is required") @Valid ServiceInput body) {
        ServiceView updated = editor.update(idOrSlug, body, ifMatch, actor.writer());
        return Response.ok(updated).tag(new EntityTag(String.valueOf(updated.version()))).build();
    }

    @GET
    @Path("/{idOrSlug}/maintained")
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Operation(operationId = "getMaintainedService", summary = "Read a service as its organisation maintains it",
            description = "For an editing screen or a partner's system: the fields exactly as PUT /services/{idOrSlug} "
                    + "takes them, in every language (not one picked for a reader), where each text comes from "
                    + "(source, machine or reviewed), each place's schedule as PUT .../locations/{location}/schedule "
                    + "takes it, and, read-only, the source's date, the last edit and the derived capacity signal. A "
                    + "partner reads its own organisation's services only (any other is a 404); a coordinator, any. "
                    + "The ETag is the version to send in If-Match with the next write.")
    @APIResponse(responseCode = "200", description = "The service as maintained; ETag holds its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MaintainedService.class)))
    public Response getMaintainedService(
            @Parameter(description = "The service's UUID or slug.", example = "cimade-permanences-juridiques")
            @PathParam("idOrSlug") String idOrSlug) {
        MaintainedService view = catalogue.maintained(idOrSlug, actor.writer());
        return Preconditions.maintained(view, view.version());
    }

    @PUT
    @Path("/{idOrSlug}/locations/{location}/schedule")
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putServiceSchedule", summary = "Replace a service's hours and closures at one place",
            description = "The weekly slots (weekday, opensAt and closesAt as HH:MM in the place's time zone, optional "
                    + "validFrom and validTo, walk-in, appointment, interpreting) and the temporary closures (inclusive "
                    + "dates, a reason of at most 200 characters) of the service at this place (HSDS service_at_location "
                    + "and schedule); the service is held there from now on if it was not. Field errors name the path, "
                    + "such as slots[2].closesAt (not after opensAt), slots[1].opensAt (overlaps another slot of the "
                    + "day) or closures[0].endsOn (before startsOn, or a year or more after it). A partner changes its "
                    + "own organisation's services only (any other is a 404); a coordinator, any. The schedule is part "
                    + "of the service: send the service's ETag in If-Match (a stale one gives 412, none gives 428); its "
                    + "version moves, the change is live at once (search and plans included), audited and revertible.")
    @APIResponse(responseCode = "200", description = "The service as it now is; ETag holds its new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "412", description = "The service changed since the ETag you sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response putServiceSchedule(
            @Parameter(description = "The service's UUID or slug.", example = "cimade-permanences-juridiques")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "The place's UUID or slug.", example = "guichet-unique-nancy-exemple")
            @PathParam("location") String location,
            @Parameter(description = "The service's ETag (version) you read.", example = "\"3\"", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON object is required") @Valid ScheduleInput body) {
        ServiceView updated = editor.putSchedule(idOrSlug, location, body, ifMatch, actor.writer());
        return Response.ok(updated).tag(new EntityTag(String.valueOf(updated.version()))).build();
    }

    @PUT
    @Path("/{idOrSlug}/translations/{lang}")
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putServiceTranslation", summary = "Correct or approve a service's translation in one language",
            description = "Stores the name and description in one kiosk language as a reviewed translation, naming "
                    + "the account that reviewed it and the day; the public reads then stop calling it automatic. "
                    + "A partner translates its own organisation's services only (any other is a 404); a "
                    + "coordinator, any. The service's version moves: send the ETag you read in If-Match (a stale "
                    + "one gives 412, none gives 428). The change is live at once, audited and revertible. A text the "
                    + "source or the organisation wrote is not a translation (409): change it with PUT /services/{idOrSlug}.")
    @APIResponse(responseCode = "200", description = "The service in that language; ETag holds its new version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "409", description = "The text in this language is the service's own, not a translation.")
    @APIResponse(responseCode = "412", description = "The service changed since the ETag you sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response putServiceTranslation(
            @Parameter(description = "The service's UUID or slug.", example = "cimade-permanences-juridiques")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "A kiosk language (case aside; prs is read as fa-AF).", example = "uk",
                    schema = @Schema(type = SchemaType.STRING,
                            enumeration = { "fr", "en", "ar", "fa-AF", "ps", "ti", "uk", "ru" }))
            @PathParam("lang") String lang,
            @Parameter(description = "The ETag (version) you read.", example = "\"3\"", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON object is required") @Valid TranslationInput body) {
        ServiceView updated = editor.translate(idOrSlug, lang, body, ifMatch, actor.writer());
        return Response.ok(updated).tag(new EntityTag(String.valueOf(updated.version())))
                .header(HttpHeaders.CONTENT_LANGUAGE, updated.lang()).build();
    }
}
