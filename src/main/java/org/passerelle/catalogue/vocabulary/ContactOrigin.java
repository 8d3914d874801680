package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import org.passerelle.common.text.Coded;

/** Whose contact a screen shows: the service's own, or its organisation's when the service has none. */
public enum ContactOrigin implements Coded {
    SERVICE("service"),
    ORGANIZATION("organization");

    private final String code;

    ContactOrigin(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
