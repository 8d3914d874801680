package org.passerelle.referral;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.catalogue.vocabulary.ResidenceStatus;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/** What the person answered about their status; "prefer not to say" is always a valid answer. */
public enum PersonStatus implements Coded {
    PREFER_NOT_TO_SAY("prefer-not-to-say", null),
    ASYLUM_SEEKER("asylum-seeker", ResidenceStatus.ASYLUM_SEEKER),
    REFUGEE("refugee", ResidenceStatus.REFUGEE),
    RESETTLED_REFUGEE("resettled-refugee", ResidenceStatus.RESETTLED_REFUGEE),
    RESIDENCE_PERMIT("residence-permit", ResidenceStatus.RESIDENCE_PERMIT),
    WORK_AUTHORISED("work-authorised", ResidenceStatus.WORK_AUTHORISED),
    UNDOCUMENTED("undocumented", ResidenceStatus.UNDOCUMENTED),
    TEMPORARY_PROTECTION("temporary-protection", ResidenceStatus.TEMPORARY_PROTECTION),
    STATELESS("stateless", ResidenceStatus.STATELESS);

    private final String code;
    private final ResidenceStatus residence;

    PersonStatus(String code, ResidenceStatus residence) {
        this.code = code;
        this.residence = residence;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** The statuses this answer holds, by the eligibility rules' nesting; none for "prefer not to say". */
    public Set<ResidenceStatus> held() {
        return residence == null ? Set.of() : residence.implied();
    }

    public boolean given() {
        return residence != null;
    }

    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<PersonStatus> {
        public JpaConverter() {
            super(PersonStatus.class);
        }
    }
}
