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

/** The person's consent receipt: a page the desk prints, or saves as PDF, and hands over (rule 10). */
@Path("/v1/cases/{id}/consent-receipt")
@Tag(name = "Referral cases")
public class ConsentReceiptResource {

    static final String HTML = "text/html;charset=UTF-8";

    private final ConsentReceipts receipts;
    private final Callers callers;

    public ConsentReceiptResource(ConsentReceipts receipts, Callers callers) {
        this.receipts = receipts;
        this.callers = callers;
    }

    @GET
    @RolesAllowed(Roles.AGENT)
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getConsentReceipt", summary = "The person's consent receipt, to print",
            description = "A printable A4 page in the person's language beside French: what is shared, with which "
                    + "organisations (and the referrals sent to each), until when, how to withdraw, the consent "
                    + "text's version, and a QR code to the public privacy notice. The desk's agents only; journaled. "
                    + "Names the shared fields, never the status or the birth year.")
    @APIResponse(responseCode = "200", description = "The receipt, a self-contained HTML page (no script).",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "receipt", value = "<!DOCTYPE html><html lang=\"ar\"><head>"
                            + "<meta charset=\"utf-8\"><title>إيصال موافقتك – PAS-2026-000123</title></head><body>"
                            + "<main class=\"receipt\"><header class=\"row\"><div class=\"col\" lang=\"ar\" "
                            + "dir=\"rtl\"><h1>إيصال موافقتك</h1></div><div class=\"col\" lang=\"fr\" dir=\"ltr\">"
                            + "<p class=\"title\">Reçu de votre accord</p></div></header></main></body></html>")))
    @APIResponse(responseCode = "409", description = "The case is anonymised.")
    public Response getConsentReceipt(@Parameter(description = "The case's UUID.") @PathParam("id") String id,
            @Parameter(description = "The person's language: fr, en, ar, fa-AF (or prs), ps, ti, uk or ru. By "
                    + "default the language of the consent text, else the person's first language, else fr.",
                    example = "ar", schema = @Schema(pattern = "^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$",
                            maxLength = 20)) @RestQuery String lang,
            @Context UriInfo uriInfo) {
        String language = null;
        if (lang != null) {
            language = KioskLanguages.of(lang).orElseThrow(() -> ApiProblem.invalid("lang", KioskLanguages.MUST_BE_ONE));
        }
        URI base = uriInfo.getBaseUri();
        URI origin = URI.create(base.getScheme() + "://" + base.getRawAuthority() + "/");
        String page = receipts.render(Ids.uuid(id, "case"), language, origin, callers.member());
        // Cache-Control: no-store comes from NoStore, like every case response.
        return Response.ok(page, HTML)
                .header("Content-Security-Policy", receipts.contentSecurityPolicy())
                .header("X-Frame-Options", "DENY")
                .build();
    }
}
