package org.passerelle.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.catalogue.api.ThemeDetail;
import org.passerelle.catalogue.api.ThemeInput;
import org.passerelle.catalogue.api.ThemesView;
import org.passerelle.common.http.ConditionalJson;
import org.passerelle.common.i18n.LanguageParams;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.identity.CurrentActor;
import org.passerelle.identity.Roles;

@Path("/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes")
public class ThemeResource {

    private final ThemeCatalogue catalogue;
    private final ThemeEditor editor;
    private final CurrentActor actor;
    private final ConditionalJson conditional;

    public ThemeResource(ThemeCatalogue catalogue, ThemeEditor editor, CurrentActor actor,
            ConditionalJson conditional) {
        this.catalogue = catalogue;
        this.editor = editor;
        this.actor = actor;
        this.conditional = conditional;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listThemes", summary = "List the kiosk domains with their theme codes and labels",
            description = "The 8 needs of the kiosk's first screen, in order, each with the theme codes it groups.")
    @APIResponse(responseCode = "200", description = "The domains in kiosk order.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match.")
    public RestResponse<ThemesView> listThemes(@BeanParam LanguageParams language, Request request) {
        LanguageSelection languages = language.selection();
        return conditional.ok(request, catalogue.themes(languages), languages);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getTheme", summary = "Read a theme code with every label it has",
            description = "For the coordinator who maintains the labels: the kiosk domain, the order and the label "
                    + "in each language the theme has (none picked or fallen back to), and the version to send in "
                    + "If-Match with PUT.")
    @APIResponse(responseCode = "200", description = "The theme; ETag holds its version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ThemeDetail.class)))
    public Response getTheme(
            @Parameter(description = "The theme code.", example = "housing") @PathParam("code") String code) {
        ThemeDetail detail = catalogue.detail(code);
        return Response.ok(detail).tag(new EntityTag(String.valueOf(detail.version()))).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putTheme", summary = "Create a theme code or update its domain and labels",
            description = "A new code needs no If-Match; changing an existing one needs the ETag you read.")
    @APIResponse(responseCode = "200", description = "The theme, labelled in your language.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ThemesView.ThemeView.class)))
    @APIResponse(responseCode = "412", description = "The theme changed since the ETag you sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing for an existing theme.")
    public Response putTheme(
            @Parameter(description = "The theme code.", example = "housing") @PathParam("code") String code,
            @Parameter(description = "The ETag (version) you read.", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON object is required") @Valid ThemeInput body,
            @BeanParam LanguageParams language) {
        Theme theme = editor.put(code, body, ifMatch, actor.writer());
        return Response.ok(editor.view(theme, language.selection()))
                .tag(new EntityTag(String.valueOf(theme.version))).build();
    }
}
