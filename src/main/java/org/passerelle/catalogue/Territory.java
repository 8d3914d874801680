package org.passerelle.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.passerelle.catalogue.vocabulary.TerritoryScope;
import org.passerelle.common.problem.FieldErrors;
import org.passerelle.common.text.Keys;

/**
 * Where an offer, organisation or initiative works: a place (city, region, country; the department is a
 * column of the record itself) and its {@link TerritoryScope}. The *_key columns are accent- and
 * case-insensitive match keys, kept in step by {@link #refreshKeys()}.
 *
 * <p>Never null. Hibernate loads an embeddable whose columns are all null as {@code null}; a record with
 * no city, region or country (a department alone is outside this embeddable) then broke every reader of
 * {@code territory} (issue 10). The scope column is NOT NULL in the schema (V8) and here, so every row
 * has a non-null column in this embeddable and Hibernate always instantiates it, on every load path
 * (queries, batch fetches, the routing snapshot, the search index). A {@code @PostLoad} normalisation
 * or null-safe getters would have to be repeated in each entity and each reader, and one missed reader
 * is a 500 for everyone; a database constraint cannot be forgotten.
 */
@Embeddable
public class Territory {

    public String city;

    @Column(name = "city_key")
    public String cityKey;

    public String region;

    @Column(name = "region_key")
    public String regionKey;

    public String country;

    @Column(name = "territory_scope", nullable = false)
    public TerritoryScope scope = TerritoryScope.UNKNOWN;

    /** A short sentence saying what supports the scope. */
    @Column(name = "territory_scope_note")
    public String scopeNote;

    public void refreshKeys() {
        cityKey = Keys.matchKey(city);
        regionKey = Keys.matchKey(region);
    }

    /** Sets the place and the scope, deriving the scope when none is given (see {@link #scopeFor}). */
    public void set(String city, String department, String region, String country, TerritoryScope scope,
            String scopeNote) {
        this.city = blankToNull(city);
        this.region = blankToNull(region);
        this.country = blankToNull(country);
        this.scope = scopeFor(scope, hasPlace(city, department, region));
        this.scopeNote = blankToNull(scopeNote);
    }

    /** A place is a city, department or region; a country alone is not one (every record is in one). */
    public static boolean hasPlace(String city, String department, String region) {
        return blankToNull(city) != null || blankToNull(department) != null || blankToNull(region) != null;
    }

    /** The scope given, or when none is: {@code local} if a place is given, otherwise {@code unknown}. */
    public static TerritoryScope scopeFor(TerritoryScope given, boolean hasPlace) {
        if (given != null) {
            return given;
        }
        return hasPlace ? TerritoryScope.LOCAL : TerritoryScope.UNKNOWN;
    }

    /**
     * {@code local} is set exactly when a city, department or region is: a local scope with no place, or
     * another scope with one, is a field error on {@code field}.
     */
    public static void check(TerritoryScope given, boolean hasPlace, String field, FieldErrors errors) {
        if (given == TerritoryScope.LOCAL && !hasPlace) {
            errors.add(field, "local needs a city, department or region");
        } else if (given != null && given != TerritoryScope.LOCAL && hasPlace) {
            errors.add(field, "must be local when a city, department or region is given");
        }
    }

    /** Blank text states nothing; it is stored as null so that it never reads as a place. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
