package org.passerelle.referral.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.common.api.Refs;
import org.passerelle.referral.PersonField;

/** A case as the desk sees it; for a coordinator the person is left out (null) unless a GDPR request. */
@Schema(name = "Case", description = "A referral case. person is null for a coordinator (metadata only) unless "
        + "the read is for a GDPR request, and once the case is anonymised.")
public record CaseView(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "PAS-2026-000123") String reference,
        @Schema(required = true) Refs.OrganizationRef desk,
        @Schema(required = true) Instant openedAt,
        @Schema(required = true) Instant lastContactAt,
        PersonView person,
        @Schema(required = true) List<String> needs,
        @Schema(required = true) ConsentView consent,
        @Schema(required = true) List<ReferralView> referrals,
        Instant anonymisedAt,
        @Schema(required = true, description = "Send it in If-Match to amend the consent.") int version) {

    @Schema(name = "CasePerson", description = "The person, at the minimum.")
    public record PersonView(
            @Schema(required = true) String name,
            @Schema(required = true) List<String> languages,
            String contactChannel,
            Integer birthYear,
            String status) {
    }

    @Schema(name = "CaseConsent", description = "What the person agreed to, over every record not withdrawn.")
    public record ConsentView(
            @Schema(required = true) List<Refs.OrganizationRef> organizations,
            @Schema(required = true) List<PersonField> fields,
            @Schema(required = true) List<ConsentRecordView> records) {
    }

    @Schema(name = "CaseConsentRecord", description = "One consent record: initial or amendment.")
    public record ConsentRecordView(
            @Schema(required = true, example = "initial") String kind,
            @Schema(required = true, example = "2026-12") String textVersion,
            @Schema(required = true, example = "ar") String textLang,
            @Schema(required = true, description = "The agent's subject.") String recordedBy,
            @Schema(required = true) Instant recordedAt,
            @Schema(required = true) List<UUID> organizations,
            @Schema(required = true) List<PersonField> fields,
            Instant withdrawnAt) {
    }
}
