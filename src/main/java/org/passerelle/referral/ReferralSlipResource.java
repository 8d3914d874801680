package org.passerelle.referral;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.passerelle.common.i18n.KioskLanguages;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.identity.Roles;

/** A case's referral slips: the pages the desk prints for the person to take away, one per live referral. */
@Path("/v1/cases/{id}/referral-slips")
@Tag(name = "Referral cases")
public class ReferralSlipResource {

    private final ReferralSlips slips;
    private final Callers callers;

    public ReferralSlipResource(ReferralSlips slips, Callers callers) {
        this.slips = slips;
        this.callers = callers;
    }

    @GET
    @RolesAllowed(Roles.AGENT)
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getReferralSlips", summary = "The case's referral slips, to print",
            description = "One printable A4 page per referral still live for the person (draft, sent, accepted, in "
                    + "progress), in the person's language beside French: the case reference, the service and its "
                    + "organisation, the way in, the places with their hours and permanences, what to bring, and a QR "
                    + "code of the service's kiosk page in that language. With no live referral, one page says there "
                    + "is nothing to print. The desk's agents only; journaled (referral-slips-read). Never the person's "
                    + "name, status, birth year or notes: a slip may be lost.")
    @APIResponse(responseCode = "200", description = "The slips, a self-contained HTML page (no script).",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "slips", value = "<!DOCTYPE html><html lang=\"ar\"><head>"
                            + "<meta charset=\"utf-8\"><title>إلى أين تذهب: بطاقاتك – PAS-2026-000123</title></head>"
                            + "<body><main class=\"slips\"><section class=\"slip\"><div class=\"row head\"><div "
                            + "class=\"col\" lang=\"ar\" dir=\"rtl\"><h2 class=\"name\">جلسات استشارة قانونية وإدارية "
                            + "(La Cimade)</h2></div><div class=\"col\" lang=\"fr\" dir=\"ltr\"><p class=\"name\">"
                            + "Permanences d&#39;accompagnement juridique et administratif (La Cimade)</p></div></div></section></main>"
                            + "</body></html>")))
    @APIResponse(responseCode = "409", description = "The case is anonymised.")
    public Response getReferralSlips(@Parameter(description = "The case's UUID.") @PathParam("id") String id,
            @Parameter(description = "The person's language: fr, en, ar, fa-AF (or prs), ps, ti, uk or ru. By "
                    + "default the language of the consent text, else the person's first language, else fr.",
                    example = "ar", schema = @Schema(pattern = "^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$",
                            maxLength = 20)) @RestQuery String lang,
            @Context UriInfo uriInfo) {
        String language = null;
        if (lang != null) {
            language = KioskLanguages.of(lang).orElseThrow(() -> ApiProblem.invalid("lang", KioskLanguages.MUST_BE_ONE));
        }
        String page = slips.forCase(Ids.uuid(id, "case"), language, origin(uriInfo), callers.member());
        // Cache-Control: no-store comes from NoStore, like every case response.
        return Response.ok(page, ConsentReceiptResource.HTML)
                .header("Content-Security-Policy", slips.contentSecurityPolicy())
                .header("X-Frame-Options", "DENY")
                .build();
    }

    /** Where the kiosk's pages are: this server, as the request reached it (the QR codes point there). */
    static URI origin(UriInfo uriInfo) {
        URI base = uriInfo.getBaseUri();
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + "/");
    }
}
