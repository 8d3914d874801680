package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/** How a figure's date was established: stated by the source, bounded by its publication, or unknown. */
public enum DateBasis implements Coded {
    STATED("stated"),
    PUBLICATION_DATE("publication-date"),
    UNDATED_SOURCE("undated-source");

    private final String code;

    DateBasis(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<DateBasis> {
        public JpaConverter() {
            super(DateBasis.class);
        }
    }
}
