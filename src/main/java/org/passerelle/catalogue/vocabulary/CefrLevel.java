package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/** CEFR levels, with pre-A1 for people learning to read and write (standards.md). */
public enum CefrLevel implements Coded {
    PRE_A1("pre-A1"),
    A1("A1"),
    A2("A2"),
    B1("B1"),
    B2("B2"),
    C1("C1"),
    C2("C2");

    private final String code;

    CefrLevel(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<CefrLevel> {
        public JpaConverter() {
            super(CefrLevel.class);
        }
    }
}
