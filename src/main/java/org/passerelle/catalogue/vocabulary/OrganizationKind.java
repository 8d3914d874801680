package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/** Legal or institutional kind of an organisation. */
public enum OrganizationKind implements Coded {
    ASSOCIATION("association"),
    PUBLIC_AUTHORITY("public-authority"),
    PUBLIC_AGENCY("public-agency"),
    SOCIAL_ENTERPRISE("social-enterprise"),
    COOPERATIVE("cooperative"),
    COMPANY("company"),
    NETWORK("network"),
    FOUNDATION("foundation"),
    EU_PROJECT("eu-project"),
    OTHER("other");

    private final String code;

    OrganizationKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<OrganizationKind> {
        public JpaConverter() {
            super(OrganizationKind.class);
        }
    }
}
