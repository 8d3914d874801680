package org.passerelle.referral.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.referral.ReferralStatus;

/**
 * A referral as the receiving partner sees it. Before acceptance: what it needs to decide (needs,
 * languages, the note, and whether each eligibility fact the service uses is met, never the value).
 * After: the person's fields the consent allows, frozen when it was sent. The status only if the
 * service's eligibility used it and the person gave it.
 */
@Schema(name = "PartnerReferral", description = "A referral sent to the caller's organisation. person is null "
        + "until the referral is accepted, and holds only the fields the person's consent allows.")
public record PartnerReferralView(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "PAS-2026-000123") String caseReference,
        @Schema(required = true) ReferralView.ServiceRef service,
        @Schema(required = true) ReferralStatus status,
        @Schema(required = true) List<String> needs,
        @Schema(required = true) List<String> languages,
        String note,
        @Schema(required = true, description = "The service's eligibility facts, met or not (no values).")
        List<Fact> facts,
        SharedPerson person,
        String reason,
        @Schema(required = true) Instant sentAt,
        Instant dueAt,
        Instant answeredAt,
        Instant closedAt,
        @Schema(required = true) List<String> allowed,
        @Schema(required = true) int version) implements ReferralItem {

    @Schema(name = "ReferralFact", description = "An eligibility fact of the target service: met, not-met or unknown.")
    public record Fact(@Schema(required = true, example = "age") String fact,
            @Schema(required = true, example = "met") String met) {
    }

    @Schema(name = "SharedPerson", description = "Only the fields the consent allows; absent fields are not shared.")
    public record SharedPerson(String name, String contactChannel, Integer birthYear, String status) {
    }
}
