package org.passerelle.catalogue;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
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
import org.passerelle.catalogue.api.MaintainedOrganization;
import org.passerelle.catalogue.api.OrganizationInput;
import org.passerelle.catalogue.api.OrganizationSummary;
import org.passerelle.catalogue.api.OrganizationView;
import org.passerelle.common.paging.PageView;
import org.passerelle.catalogue.api.ServiceInput;
import org.passerelle.catalogue.api.ServiceView;
import org.passerelle.common.http.ConditionalJson;
import org.passerelle.common.http.Preconditions;
import org.passerelle.common.i18n.LanguageParams;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.idempotency.Idempotency;
import org.passerelle.identity.CurrentActor;
import org.passerelle.identity.Roles;

@Path("/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationResource {

    private final OrganizationCatalogue catalogue;
    private final OrganizationEditor editor;
    private final ServiceEditor services;
    private final CurrentActor actor;
    private final Idempotency idempotency;
    private final ConditionalJson conditional;

    public OrganizationResource(OrganizationCatalogue catalogue, OrganizationEditor editor, ServiceEditor services,
            CurrentActor actor, Idempotency idempotency, ConditionalJson conditional) {
        this.catalogue = catalogue;
        this.editor = editor;
        this.services = services;
        this.actor = actor;
        this.idempotency = idempotency;
        this.conditional = conditional;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listOrganizations", summary = "List organisations, filtered and paged",
            description = "The organisations that run services in the catalogue, sorted by slug, then id.")
    @APIResponse(responseCode = "200", description = "A page of organisations, sorted by slug.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match.")
    public RestResponse<PageView<OrganizationSummary>> listOrganizations(@BeanParam ListParams params,
            @Parameter(description = "The kind of organisation.", example = "association",
                    schema = @Schema(enumeration = { "association", "public-authority", "public-agency",
                            "social-enterprise", "cooperative", "company", "network", "foundation", "eu-project",
                            "other" }))
            @RestQuery String kind,
            @BeanParam LanguageParams language, Request request) {
        LanguageSelection languages = language.selection();
        return conditional.ok(request, catalogue.search(params, kind), languages);
    }

    @GET
    @PermitAll
    @Path("/{idOrSlug}")
    @Operation(operationId = "getOrganization", summary = "Get one organisation and its active services",
            description = "Accepts the UUID or the slug. Inactive and planned services are not listed.")
    @APIResponse(responseCode = "200", description = "The organisation.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match.")
    public RestResponse<OrganizationView> getOrganization(
            @Parameter(description = "The organisation's UUID or slug.", example = "la-cimade")
            @PathParam("idOrSlug") String idOrSlug,
            @BeanParam LanguageParams language, Request request) {
        LanguageSelection languages = language.selection();
        OrganizationView record = catalogue.get(idOrSlug, languages);
        return conditional.ok(request, record, languages, record.version());
    }

    @GET
    @Path("/{idOrSlug}/maintained")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getMaintainedOrganization", summary = "Read an organisation as coordinators maintain it",
            description = "For an editing screen: the fields exactly as PUT /organizations/{idOrSlug} takes them, the "
                    + "description in every language (the public read picks one). The ETag is the version to send in "
                    + "If-Match with the next write.")
    @APIResponse(responseCode = "200", description = "The organisation as maintained; ETag holds its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MaintainedOrganization.class)))
    public Response getMaintainedOrganization(
            @Parameter(description = "The organisation's UUID or slug.", example = "la-cimade")
            @PathParam("idOrSlug") String idOrSlug) {
        MaintainedOrganization view = catalogue.maintained(idOrSlug);
        return Preconditions.maintained(view, view.version());
    }

    @POST
    @Path("/{idOrSlug}/services")
    @RolesAllowed({ Roles.PARTNER, Roles.COORDINATOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createService", summary = "Create a service run by this organisation",
            description = "A partner creates services for its own organisation only (any other is a 404). "
                    + "With Idempotency-Key, a retry with the same body returns the first response and creates "
                    + "nothing; the same key with another body gives 422.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the new service.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response createService(
            @Parameter(description = "The organisation's UUID or slug.", example = "la-cimade")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "Makes a retry safe: the same key and body give the first response again.",
                    example = "7d6f0c1e-2b1a-4f8e-9a55-1f2e3d4c5b6a")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON object is required") @Valid ServiceInput body,
            @Context UriInfo uriInfo) {
        var writer = actor.writer();
        return idempotency.execute(idempotencyKey, writer.key(), body, () -> {
            ServiceView created = services.create(idOrSlug, body, writer);
            URI location = uriInfo.getBaseUriBuilder().path("v1/services").path(created.id().toString()).build();
            return new Idempotency.Created(201, location, Preconditions.etag(created.version()), created);
        });
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrganization", summary = "Add an organisation to the catalogue",
            description = "With Idempotency-Key, a retry with the same body returns the first response.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the organisation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body.")
    public Response createOrganization(
            @Parameter(description = "Makes a retry safe.", example = "0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON object is required") @Valid OrganizationInput body,
            @Context UriInfo uriInfo) {
        var writer = actor.writer();
        return idempotency.execute(idempotencyKey, writer.key(), body, () -> {
            Organization created = editor.create(body, writer);
            OrganizationView view = catalogue.view(created, LanguageSelection.of(null, null));
            URI location = uriInfo.getBaseUriBuilder().path("v1/organizations").path(created.id.toString()).build();
            return new Idempotency.Created(201, location, Preconditions.etag(view.version()), view);
        });
    }

    @PUT
    @Path("/{idOrSlug}")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOrganization", summary = "Replace the maintained fields of an organisation",
            description = "Send the ETag you read in If-Match: a stale one gives 412, none gives 428.")
    @APIResponse(responseCode = "200", description = "The organisation as it now is.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "412", description = "The organisation changed since the ETag you sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response updateOrganization(
            @Parameter(description = "The organisation's UUID or slug.", example = "la-cimade")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "The ETag (version) you read.", example = "\"3\"", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON object is required") @Valid OrganizationInput body) {
        Organization updated = editor.update(idOrSlug, body, ifMatch, actor.writer());
        OrganizationView view = catalogue.get(updated.id.toString(), LanguageSelection.of(null, null));
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
