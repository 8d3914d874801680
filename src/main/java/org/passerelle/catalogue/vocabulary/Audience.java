package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/** Who a service is for: the kiosk lists newcomer services only. */
public enum Audience implements Coded {
    NEWCOMER("newcomer"),
    PROFESSIONAL("professional"),
    VOLUNTEER("volunteer");

    private final String code;

    Audience(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<Audience> {
        public JpaConverter() {
            super(Audience.class);
        }
    }
}
