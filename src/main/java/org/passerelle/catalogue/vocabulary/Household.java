package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/** Household condition of an offer; any means several household types are named. */
public enum Household implements Coded {
    SINGLE("single"),
    FAMILY("family"),
    ANY("any");

    private final String code;

    Household(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<Household> {
        public JpaConverter() {
            super(Household.class);
        }
    }
}
