package org.passerelle.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.passerelle.catalogue.api.ThemesView;
import org.passerelle.common.http.ConditionalJson;
import org.passerelle.common.i18n.LanguageParams;
import org.passerelle.common.i18n.LanguageSelection;

@Path("/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes")
public class ThemeResource {

    private final ThemeCatalogue catalogue;
    private final ConditionalJson conditional;

    public ThemeResource(ThemeCatalogue catalogue, ConditionalJson conditional) {
        this.catalogue = catalogue;
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
}
