package org.passerelle.catalogue;

import jakarta.annotation.security.PermitAll;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.catalogue.api.InitiativeInput;
import org.passerelle.catalogue.api.InitiativeSummary;
import org.passerelle.catalogue.api.InitiativeView;
import org.passerelle.common.paging.PageView;
import org.passerelle.common.http.ConditionalJson;
import org.passerelle.common.http.Preconditions;
import org.passerelle.common.i18n.LanguageParams;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.idempotency.Idempotency;
import org.passerelle.identity.CurrentActor;
import org.passerelle.identity.Roles;

@Path("/v1/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives")
public class InitiativeResource {

    private final InitiativeCatalogue catalogue;
    private final InitiativeEditor editor;
    private final CurrentActor actor;
    private final Idempotency idempotency;
    private final ConditionalJson conditional;

    public InitiativeResource(InitiativeCatalogue catalogue, InitiativeEditor editor, CurrentActor actor,
            Idempotency idempotency, ConditionalJson conditional) {
        this.catalogue = catalogue;
        this.editor = editor;
        this.actor = actor;
        this.idempotency = idempotency;
        this.conditional = conditional;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listInitiatives", summary = "List initiatives, filtered and paged",
            description = "Social-economy projects, programmes and networks, sorted by slug, then id. The public "
                    + "filter uses the initiatives' audience vocabulary, which is not a residence status.")
    @APIResponse(responseCode = "200", description = "A page of initiatives, sorted by slug.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match.")
    public RestResponse<PageView<InitiativeSummary>> listInitiatives(@BeanParam ListParams params,
            @Parameter(description = "A kiosk domain code.", example = "work") @RestQuery String domain,
            @Parameter(description = "A theme code.", example = "employment") @RestQuery String theme,
            @Parameter(description = "An audience of the initiative (not a residence status).", example = "refugees",
                    schema = @Schema(enumeration = { "refugees", "all-migrants", "asylum-seekers", "minors",
                            "families", "women", "young-adults", "professionals", "general-public",
                            "undocumented" }))
            @RestQuery("public") String audience,
            @Parameter(description = "An ISO 3166-1 alpha-2 country code.", example = "BE",
                    schema = @Schema(maxLength = 2))
            @RestQuery String country,
            @BeanParam LanguageParams language, Request request) {
        LanguageSelection languages = language.selection();
        return conditional.ok(request,
                catalogue.search(params, domain, theme, audience, country, languages), languages);
    }

    @GET
    @PermitAll
    @Path("/{idOrSlug}")
    @Operation(operationId = "getInitiative", summary = "Get one initiative with its results and active services",
            description = "Accepts the UUID or the slug. Each result is dated by the source it comes from.")
    @APIResponse(responseCode = "200", description = "The initiative.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match.")
    public RestResponse<InitiativeView> getInitiative(
            @Parameter(description = "The initiative's UUID or slug.", example = "kodiko-co-training")
            @PathParam("idOrSlug") String idOrSlug,
            @BeanParam LanguageParams language, Request request) {
        LanguageSelection languages = language.selection();
        InitiativeView record = catalogue.get(idOrSlug, languages);
        return conditional.ok(request, record, languages, record.version());
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createInitiative", summary = "Add an initiative to the catalogue",
            description = "With Idempotency-Key, a retry with the same body returns the first response.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the initiative.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InitiativeView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response createInitiative(
            @Parameter(description = "Makes a retry safe.", example = "0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON object is required") @Valid InitiativeInput body,
            @Context UriInfo uriInfo) {
        var writer = actor.writer();
        return idempotency.execute(idempotencyKey, writer.key(), body, () -> {
            Initiative created = editor.create(body, writer);
            InitiativeView view = catalogue.view(created, LanguageSelection.of(null, null));
            URI location = uriInfo.getBaseUriBuilder().path("v1/initiatives").path(created.id.toString()).build();
            return new Idempotency.Created(201, location, Preconditions.etag(view.version()), view);
        });
    }

    @PUT
    @Path("/{idOrSlug}")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateInitiative", summary = "Replace the maintained fields of an initiative",
            description = "Send the ETag you read in If-Match: a stale one gives 412, none gives 428.")
    @APIResponse(responseCode = "200", description = "The initiative as it now is.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InitiativeView.class)))
    @APIResponse(responseCode = "412", description = "The initiative changed since the ETag you sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response updateInitiative(
            @Parameter(description = "The initiative's UUID or slug.", example = "kodiko-co-training")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "The ETag (version) you read.", example = "\"3\"", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON object is required") @Valid InitiativeInput body) {
        Initiative updated = editor.update(idOrSlug, body, ifMatch, actor.writer());
        InitiativeView view = catalogue.get(updated.id.toString(), LanguageSelection.of(null, null));
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
