package org.passerelle.referral;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.passerelle.common.http.RateLimiter;

/**
 * Referral slips without a case: a visitor who gave no consent still takes the services away on paper. The
 * same pages as a case's, without a reference; public, nothing stored, nothing journaled (there is no person).
 */
@Path("/v1/referral-slips")
@Tag(name = "Services")
public class ServiceSlipResource {

    private final ReferralSlips slips;
    private final RateLimiter limiter;

    public ServiceSlipResource(ReferralSlips slips, RateLimiter limiter) {
        this.slips = slips;
        this.limiter = limiter;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "printServiceSlips", summary = "Referral slips for services, to print without a case",
            description = "One printable A4 page per service named (1 to 20, by UUID or slug, each once, in the order "
                    + "given), in the visitor's language beside French: the service and its organisation, the way in, "
                    + "the places with their hours and permanences, what to bring, and a QR code of the service's kiosk "
                    + "page in that language. No reference and nothing about the visitor: public, nothing stored, "
                    + "nothing journaled. Rate limited per client.")
    @APIResponse(responseCode = "200", description = "The slips, a self-contained HTML page (no script).",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "slips", value = "<!DOCTYPE html><html lang=\"uk\"><head>"
                            + "<meta charset=\"utf-8\"><title>Куди йти: ваші картки</title></head><body><main "
                            + "class=\"slips\"><section class=\"slip\"><div class=\"row head\"><div class=\"col\" "
                            + "lang=\"uk\" dir=\"ltr\"><p class=\"kicker\">Куди йти</p></div><div class=\"col\" "
                            + "lang=\"fr\" dir=\"ltr\"><p class=\"kicker\">Où aller</p></div></div></section></main>"
                            + "</body></html>")))
    @APIResponse(responseCode = "404", description = "A service named does not exist; the detail names each one.")
    @APIResponse(responseCode = "429", description = "Too many slips printed from this client (30 a minute in bursts "
            + "of 20 by default); retry after the Retry-After seconds.")
    public Response printServiceSlips(
            @Parameter(description = "A service's UUID or slug; repeat the parameter for each service, 1 to 20.",
                    required = true,
                    example = "[\"cimade-permanences-juridiques\", \"adoma-logement-accompagne\"]",
                    schema = @Schema(type = SchemaType.ARRAY, minItems = 1, maxItems = ReferralSlips.MAX_SERVICES,
                            implementation = org.passerelle.referral.api.ServiceKey.class)) @RestQuery("service")
            List<String> service,
            @Parameter(description = "The visitor's language: fr, en, ar, fa-AF (or prs), ps, ti, uk or ru. By default "
                    + "the first of these in Accept-Language, else fr.", example = "ar",
                    schema = @Schema(pattern = "^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$", maxLength = 20))
            @RestQuery String lang,
            @Parameter(description = "The languages wanted, by preference; read only without lang.",
                    example = "ar, fr;q=0.8") @RestHeader(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context UriInfo uriInfo) {
        // Counted before anything is checked: invalid requests cost a client as much as valid ones.
        limiter.require(RateLimiter.Limit.PRINTS);
        String page = slips.forServices(service, lang, acceptLanguage, ReferralSlipResource.origin(uriInfo));
        // Public data, yet which services a visitor prints says something of their situation: a shared kiosk's
        // browser must not keep it (rule 1).
        return Response.ok(page, ConsentReceiptResource.HTML)
                .header("Content-Security-Policy", slips.contentSecurityPolicy())
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store")
                .build();
    }
}
