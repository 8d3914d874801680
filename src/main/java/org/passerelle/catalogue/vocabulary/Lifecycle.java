package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/** The maturity the source describes; not checked against today's reality. */
public enum Lifecycle implements Coded {
    OPERATING("operating"),
    PILOT("pilot"),
    PLANNED("planned");

    private final String code;

    Lifecycle(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<Lifecycle> {
        public JpaConverter() {
            super(Lifecycle.class);
        }
    }
}
