package org.passerelle.catalogue.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import org.passerelle.common.text.Coded;
import org.passerelle.common.text.CodedConverter;

/**
 * Where an offer can be used, as far as its source supports it (docs/decisions/0007-territory-scope.md).
 * A record with no city, department or region is not "national" by default: only {@link #NATIONAL_REMOTE}
 * is usable from anywhere without travelling, {@link #NATIONAL_NETWORK} means "ask where the nearest
 * branch is", and {@link #UNKNOWN} means "ask before going"; it must never be shown as "everywhere".
 */
public enum TerritoryScope implements Coded {
    /** Delivered in a stated city, department or region; set exactly when one of them is. */
    LOCAL("local"),
    /** Usable from anywhere in France without travelling: an app, a website, a national body. */
    NATIONAL_REMOTE("national-remote"),
    /** In person, through branches in several places of France that the data does not name. */
    NATIONAL_NETWORK("national-network"),
    /** The source does not say where it is delivered, or names no single place. */
    UNKNOWN("unknown");

    private final String code;

    TerritoryScope(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Stores the code in the database. */
    @Converter(autoApply = true)
    public static class JpaConverter extends CodedConverter<TerritoryScope> {
        public JpaConverter() {
            super(TerritoryScope.class);
        }
    }
}
