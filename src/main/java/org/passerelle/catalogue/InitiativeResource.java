package org.passerelle.catalogue;

import jakarta.annotation.security.PermitAll;
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
import org.passerelle.catalogue.api.InitiativeSummary;
import org.passerelle.catalogue.api.InitiativeView;
import org.passerelle.catalogue.api.PageView;
import org.passerelle.common.http.ConditionalJson;
import org.passerelle.common.i18n.LanguageParams;
import org.passerelle.common.i18n.LanguageSelection;

@Path("/v1/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives")
public class InitiativeResource {

    private final InitiativeCatalogue catalogue;
    private final ConditionalJson conditional;

    public InitiativeResource(InitiativeCatalogue catalogue, ConditionalJson conditional) {
        this.catalogue = catalogue;
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
}
