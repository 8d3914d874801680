package org.passerelle.referral.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.common.api.Refs;
import org.passerelle.referral.PersonField;
import org.passerelle.referral.ReferralStatus;

/**
 * Everything Passerelle holds about one person's case (GDPR art. 15 and 20): the person, the needs, every
 * consent record, every referral with its notes' texts, the timeline and the access journal rows of the case.
 */
@Schema(name = "CaseExport", description = "Everything held about the person of one case, for an access request. "
        + "person is null once the case is anonymised or erased.")
public record CaseExport(
        @Schema(required = true) Instant exportedAt,
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "PAS-2026-000123") String reference,
        @Schema(required = true) Refs.OrganizationRef desk,
        @Schema(required = true, description = "The agent's subject.") String openedBy,
        @Schema(required = true) Instant openedAt,
        @Schema(required = true) Instant lastContactAt,
        Instant anonymisedAt,
        Instant erasedAt,
        CaseView.PersonView person,
        @Schema(required = true) List<String> needs,
        @Schema(required = true) List<ConsentRecord> consents,
        @Schema(required = true) List<ReferralRecord> referrals,
        @Schema(required = true, description = "Case notes and referral notes, oldest first.") List<NoteView> notes,
        @Schema(required = true) List<TimelineEventView> timeline,
        @Schema(required = true, description = "Every access to the case kept (12 months).") List<JournalEntryView> accessJournal) {

    @Schema(name = "CaseExportConsent", description = "One consent record, with the organisations named.")
    public record ConsentRecord(
            @Schema(required = true, example = "initial") String kind,
            @Schema(required = true, example = "2026-12") String textVersion,
            @Schema(required = true, example = "ar") String textLang,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) Instant recordedAt,
            Instant withdrawnAt,
            @Schema(required = true) List<Refs.OrganizationRef> organizations,
            @Schema(required = true) List<PersonField> fields) {
    }

    @Schema(name = "CaseExportReferral", description = "One referral, its note and what was shared with the partner.")
    public record ReferralRecord(
            @Schema(required = true) UUID id,
            @Schema(required = true) ReferralView.ServiceRef service,
            @Schema(required = true) Refs.OrganizationRef organization,
            @Schema(required = true) ReferralStatus status,
            String need,
            String note,
            String reason,
            UUID previous,
            @Schema(required = true) Instant createdAt,
            Instant sentAt,
            Instant dueAt,
            Instant answeredAt,
            Instant closedAt,
            @Schema(description = "When the organisation lost access (consent withdrawn, erasure).") Instant accessEndedAt,
            @Schema(required = true, description = "The fields the partner sees once it accepts.") List<PersonField> sharedFields) {
    }
}
