package org.passerelle.referral;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.passerelle.common.http.PageParams;
import org.passerelle.common.http.PageRequest;
import org.passerelle.common.http.RateLimiter;
import org.passerelle.common.problem.FieldErrors;
import org.passerelle.identity.Roles;
import org.passerelle.referral.api.ConsentTextView;
import org.passerelle.referral.api.JournalPage;
import org.passerelle.referral.api.ReferralCodesView;

/** What referral cases refer to: the consent texts, the codes, and (for coordinators) the access journal. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referral cases")
public class ReferralReferenceResource {

    private final ConsentTexts consentTexts;
    private final AccessJournal journal;
    private final Callers callers;
    private final RateLimiter limiter;

    public ReferralReferenceResource(ConsentTexts consentTexts, AccessJournal journal, Callers callers,
            RateLimiter limiter) {
        this.limiter = limiter;
        this.consentTexts = consentTexts;
        this.journal = journal;
        this.callers = callers;
    }

    @GET
    @Path("/consent-texts")
    @PermitAll
    @Operation(operationId = "listConsentTexts", summary = "The consent texts, per version and language",
            description = "Public: the person may read what they agree to. A version never changes once published.")
    @APIResponse(responseCode = "200", description = "The texts, newest version first.")
    public List<ConsentTextView> listConsentTexts(
            @Parameter(description = "Only this version.", example = "2026-12", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9A-Za-z.-]{1,20}$")) @RestQuery String version,
            @Parameter(description = "Only this language (BCP-47).", example = "ar", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$", maxLength = 20)) @RestQuery String lang) {
        FieldErrors errors = new FieldErrors();
        if (version != null && !version.matches("[0-9A-Za-z.-]{1,20}")) {
            errors.add("version", "must be a version such as 2026-12");
        }
        if (lang != null && (lang.length() > 20 || !lang.matches("[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}"))) {
            errors.add("lang", "must be a BCP-47 tag");
        }
        errors.throwIfAny();
        return consentTexts.list(version, lang);
    }

    @GET
    @Path("/referral-codes")
    @PermitAll
    @Operation(operationId = "listReferralCodes", summary = "The coded decline reasons, outcomes and cancel reasons",
            description = "Public, so partner systems can map them; labels in French and English.")
    @APIResponse(responseCode = "200", description = "The codes with their labels.")
    public ReferralCodesView listReferralCodes() {
        return new ReferralCodesView(codes(ReferralCodes.DECLINE_REASONS), codes(ReferralCodes.OUTCOMES),
                codes(ReferralCodes.CANCEL_REASONS));
    }

    @GET
    @Path("/access-journal")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listAccessJournal", summary = "Who accessed a case, when and how (coordinators)",
            description = "Every read and write of the case, its referrals and notes: who, for which organisation, "
                    + "what, when, through which channel. No content.")
    @APIResponse(responseCode = "200", description = "A page of the journal, oldest first.")
    @APIResponse(responseCode = "429", description = "Too many lists from this client (by default 60 a minute, in "
            + "bursts of 30); wait the seconds Retry-After says.")
    public JournalPage listAccessJournal(
            @Parameter(description = "The case's UUID.", required = true, schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"))
            @RestQuery("case") String caseId,
            @BeanParam PageParams page) {
        limiter.require(RateLimiter.Limit.CASE_LISTS);
        FieldErrors errors = new FieldErrors();
        PageRequest request = page.pageRequest(errors);
        java.util.UUID id = null;
        if (caseId == null) {
            errors.add("case", "is required");
        } else {
            try {
                id = java.util.UUID.fromString(caseId);
            } catch (IllegalArgumentException e) {
                errors.add("case", "must be a case UUID");
            }
        }
        errors.throwIfAny();
        return journal.page(callers.get(), id, request.page(), request.size());
    }

    private static List<ReferralCodesView.Code> codes(Map<String, Map<String, String>> codes) {
        return codes.entrySet().stream().map(e -> new ReferralCodesView.Code(e.getKey(), e.getValue())).toList();
    }
}
