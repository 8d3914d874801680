package org.passerelle.catalogue;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.catalogue.api.OrganizationSummary;
import org.passerelle.catalogue.api.OrganizationView;
import org.passerelle.catalogue.api.PageView;
import org.passerelle.common.http.ConditionalJson;
import org.passerelle.common.i18n.LanguageParams;
import org.passerelle.common.i18n.LanguageSelection;

@Path("/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationResource {

    private final OrganizationCatalogue catalogue;
    private final ConditionalJson conditional;

    public OrganizationResource(OrganizationCatalogue catalogue, ConditionalJson conditional) {
        this.catalogue = catalogue;
        this.conditional = conditional;
    }

    @GET
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
        return conditional.ok(request, catalogue.get(idOrSlug, languages), languages);
    }
}
