package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/** How a person gets in: it ranks offers and never makes anyone ineligible (docs/architecture.md §7). */
public enum AccessMode implements Coded {
    WALK_IN("walk-in"),
    SELF_REFERRAL("self-referral"),
    PROFESSIONAL_REFERRAL("professional-referral"),
    COMMITTEE("committee");

    private final String code;

    AccessMode(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<AccessMode> {
        public JpaConverter() {
            super(AccessMode.class);
        }
    }
}
