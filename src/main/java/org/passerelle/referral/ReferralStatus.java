package org.passerelle.referral;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/**
 * Where a referral stands. Each maps onto a FHIR R4 {@code Task.status}, with a business status where
 * FHIR has no word of its own (no-show and expired are failures to FHIR).
 */
public enum ReferralStatus implements Coded {
    DRAFT("draft", "draft", null),
    SENT("sent", "requested", null),
    ACCEPTED("accepted", "accepted", null),
    DECLINED("declined", "rejected", null),
    IN_PROGRESS("in-progress", "in-progress", null),
    COMPLETED("completed", "completed", null),
    NO_SHOW("no-show", "failed", "no-show"),
    CANCELLED("cancelled", "cancelled", null),
    EXPIRED("expired", "failed", "expired");

    /** Not final: waiting (draft, sent) or under way (accepted, in progress). */
    public static final java.util.Set<ReferralStatus> OPEN = java.util.EnumSet.of(DRAFT, SENT, ACCEPTED, IN_PROGRESS);

    private final String code;
    private final String fhir;
    private final String fhirBusinessStatus;

    ReferralStatus(String code, String fhir, String fhirBusinessStatus) {
        this.code = code;
        this.fhir = fhir;
        this.fhirBusinessStatus = fhirBusinessStatus;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** FHIR R4 Task.status. */
    public String fhir() {
        return fhir;
    }

    /** FHIR Task.businessStatus text, or null when Task.status says it all. */
    public String fhirBusinessStatus() {
        return fhirBusinessStatus;
    }

    /** Nothing happens to it any more: the agent re-refers with a new referral. */
    public boolean isFinal() {
        return this == DECLINED || this == EXPIRED || this == NO_SHOW || this == COMPLETED || this == CANCELLED;
    }

    /** The partner has it (it was sent), so the partner may see it. */
    public boolean visibleToPartner() {
        return this != DRAFT;
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<ReferralStatus> {
        public JpaConverter() {
            super(ReferralStatus.class);
        }
    }
}
