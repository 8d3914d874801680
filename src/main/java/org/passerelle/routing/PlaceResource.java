package org.passerelle.routing;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.common.http.RateLimiter;
import org.passerelle.common.problem.Problem;
import org.passerelle.routing.api.PlaceQuery;
import org.passerelle.routing.api.PlaceSuggestions;

/**
 * Town suggestions for the kiosk's town question. What a person types is a fact about them, so it travels
 * in a POST body, never in a URL (URLs end up in logs; docs/architecture.md §8), and is neither stored nor
 * logged. The gazetteer is read from memory: no database.
 */
@Path("/v1/places")
@Tag(name = "Routing")
public class PlaceResource {

    static final int DEFAULT_LIMIT = 8;

    private final RateLimiter rateLimiter;

    public PlaceResource(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    @POST
    @Path("/suggest")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "suggestPlaces", summary = "Suggest French communes for a partial town name or postcode",
            description = "Anonymous, for the kiosk's town question as the person types. Every commune of France, overseas "
                    + "included (INSEE Code officiel géographique, La Poste postcodes). A name is folded (accents, case, "
                    + "hyphens, apostrophes, St for Saint) and may be followed by a postcode or a department code "
                    + "(\"Saint-Denis 93\"); a near misspelling is suggested too (match: similar). Digits give the communes "
                    + "of the postcodes that start so. Send a suggestion's name with its postcode (when it has one) as "
                    + "NeedsProfile.city and postcode to be placed in that commune. A POST so that the text never appears "
                    + "in a URL; it is neither stored nor logged.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "200", description = "Up to limit communes, best first; empty when none matches.")
    @APIResponse(responseCode = "429", description = "Too many suggestions from this client (invalid bodies count too): by "
            + "default 5 a second, in bursts of up to 30; wait the seconds Retry-After says.")
    public PlaceSuggestions suggestPlaces(@NotNull(message = "a JSON object with q is required") @Valid PlaceQuery body) {
        rateLimiter.require(RateLimiter.Limit.PLACES); // counted already by PlacesLimit, before the body was read
        int limit = body.limit() == null ? DEFAULT_LIMIT : body.limit();
        return new PlaceSuggestions(Places.views(Communes.france().suggest(body.q(), limit)));
    }
}
