package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/**
 * Where a localised text (a service's name and description, an initiative's name and summary) comes
 * from, so a reader can be told when it is an automatic translation (docs/architecture.md rule 6).
 */
public enum TextOrigin implements Coded {
    /** Written by the source document or by the record's organisation itself. */
    SOURCE("source"),
    /** An automatic translation that no person has checked. */
    MACHINE("machine"),
    /** A translation a partner or a coordinator checked or corrected (PUT .../translations/{lang}). */
    REVIEWED("reviewed");

    private final String code;

    TextOrigin(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<TextOrigin> {
        public JpaConverter() {
            super(TextOrigin.class);
        }
    }
}
