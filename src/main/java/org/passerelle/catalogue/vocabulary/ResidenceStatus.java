package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/** Residence or protection status that an offer's eligibility names; any matches everyone. */
public enum ResidenceStatus implements Coded {
    ASYLUM_SEEKER("asylum-seeker"),
    REFUGEE("refugee"),
    RESETTLED_REFUGEE("resettled-refugee"),
    RESIDENCE_PERMIT("residence-permit"),
    WORK_AUTHORISED("work-authorised"),
    UNDOCUMENTED("undocumented"),
    /** Temporary protection (EU directive 2001/55, activated for people who fled Ukraine): allows work. */
    TEMPORARY_PROTECTION("temporary-protection"),
    /** Recognised as stateless (by OFPRA in France): a multi-year residence card that allows work. */
    STATELESS("stateless"),
    ANY("any");

    private final String code;

    ResidenceStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<ResidenceStatus> {
        public JpaConverter() {
            super(ResidenceStatus.class);
        }
    }
}
