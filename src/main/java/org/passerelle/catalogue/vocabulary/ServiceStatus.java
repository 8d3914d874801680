package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/** Record status of a service (HSDS 3.0 service.status; 'temporarily closed' is sent as temporarily-closed). */
public enum ServiceStatus implements Coded {
    ACTIVE("active"),
    TEMPORARILY_CLOSED("temporarily-closed"),
    INACTIVE("inactive"),
    DEFUNCT("defunct");

    private final String code;

    ServiceStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<ServiceStatus> {
        public JpaConverter() {
            super(ServiceStatus.class);
        }
    }
}
