package org.passerelle.identity;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.CodedConverter;
import org.passerelle.common.text.Coded;

/**
 * A person signed in through the IdP, a partner system using client credentials, or a partner without an
 * account answering through a signed link (the principal is then "link:" and the link's id, never a token).
 */
public enum PrincipalKind implements Coded {
    USER("user"),
    CLIENT("client"),
    LINK("link");

    private final String code;

    PrincipalKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<PrincipalKind> {
        public JpaConverter() {
            super(PrincipalKind.class);
        }
    }
}
