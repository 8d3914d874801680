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
import org.passerelle.catalogue.api.PlaceSummary;
import org.passerelle.common.http.ConditionalJson;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.paging.PageView;

/** The places where services are held: public addresses, as the kiosk already shows them on each service. */
@Path("/v1/locations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations")
public class LocationResource {

    private final LocationCatalogue catalogue;
    private final ConditionalJson conditional;

    public LocationResource(LocationCatalogue catalogue, ConditionalJson conditional) {
        this.catalogue = catalogue;
        this.conditional = conditional;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listLocations", summary = "List the places where services are held, filtered and paged",
            description = "Sorted by town, then name. A partner picks one to hold a service there: PUT "
                    + "/services/{idOrSlug}/locations/{location}/schedule with the place's slug.")
    @APIResponse(responseCode = "200", description = "A page of places.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match.")
    public RestResponse<PageView<PlaceSummary>> listLocations(@BeanParam ListParams params, Request request) {
        // A place has no text in a language: the body is the same whatever the reader's language.
        return conditional.ok(request, catalogue.search(params), LanguageSelection.of(null, null));
    }
}
