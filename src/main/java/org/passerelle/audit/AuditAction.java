package org.passerelle.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.CodedConverter;
import org.passerelle.common.text.Coded;

/** What a write did. */
public enum AuditAction implements Coded {
    CREATE("create"),
    UPDATE("update"),
    DELETE("delete"),
    REVERT("revert");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<AuditAction> {
        public JpaConverter() {
            super(AuditAction.class);
        }
    }
}
