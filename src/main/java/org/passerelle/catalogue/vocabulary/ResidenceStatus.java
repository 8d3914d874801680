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

    /**
     * The statuses a person holding this one holds too (the nesting of the eligibility rules,
     * docs/architecture.md §7): a resettled refugee is a refugee, a refugee and a person under temporary
     * protection are work-authorised, a recognised stateless person holds a residence permit that allows
     * work. The status itself is included; {@code ANY} is no person's status and implies nothing.
     */
    public java.util.Set<ResidenceStatus> implied() {
        return switch (this) {
            case RESETTLED_REFUGEE -> java.util.EnumSet.of(RESETTLED_REFUGEE, REFUGEE, WORK_AUTHORISED);
            case REFUGEE -> java.util.EnumSet.of(REFUGEE, WORK_AUTHORISED);
            case TEMPORARY_PROTECTION -> java.util.EnumSet.of(TEMPORARY_PROTECTION, WORK_AUTHORISED);
            case STATELESS -> java.util.EnumSet.of(STATELESS, RESIDENCE_PERMIT, WORK_AUTHORISED);
            case ANY -> java.util.EnumSet.noneOf(ResidenceStatus.class);
            default -> java.util.EnumSet.of(this);
        };
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<ResidenceStatus> {
        public JpaConverter() {
            super(ResidenceStatus.class);
        }
    }
}
