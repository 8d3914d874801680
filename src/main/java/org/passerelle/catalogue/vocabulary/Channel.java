package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/** How a service is delivered. */
public enum Channel implements Coded {
    IN_PERSON("in-person"),
    PHONE("phone"),
    ONLINE("online"),
    OUTREACH("outreach");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<Channel> {
        public JpaConverter() {
            super(Channel.class);
        }
    }
}
