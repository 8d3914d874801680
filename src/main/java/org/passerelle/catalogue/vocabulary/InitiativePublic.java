package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/** Audience vocabulary of initiatives; distinct from services' residence statuses (map, don't mix). */
public enum InitiativePublic implements Coded {
    REFUGEES("refugees"),
    ALL_MIGRANTS("all-migrants"),
    ASYLUM_SEEKERS("asylum-seekers"),
    MINORS("minors"),
    FAMILIES("families"),
    WOMEN("women"),
    YOUNG_ADULTS("young-adults"),
    PROFESSIONALS("professionals"),
    GENERAL_PUBLIC("general-public"),
    UNDOCUMENTED("undocumented");

    private final String code;

    InitiativePublic(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<InitiativePublic> {
        public JpaConverter() {
            super(InitiativePublic.class);
        }
    }
}
