package org.passerelle.referral.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferralCodes", description = "The coded decline reasons, outcomes and cancel reasons, with labels.")
public record ReferralCodesView(@Schema(required = true) List<Code> declineReasons,
        @Schema(required = true) List<Code> outcomes, @Schema(required = true) List<Code> cancelReasons) {

    @Schema(name = "ReferralCode", description = "A code and its labels (fr, en).")
    public record Code(@Schema(required = true, example = "no-capacity") String code,
            @Schema(required = true) Map<String, String> labels) {
    }
}
