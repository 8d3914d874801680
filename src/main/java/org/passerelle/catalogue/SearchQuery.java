package org.passerelle.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.ServiceStatus;

/**
 * A validated search: free text, filters, an optional point to sort by distance from (and a radius to
 * stay within), and the page. {@code themes} is null for no theme filter; {@code language} filters on a
 * language spoken (a lower-case BCP-47 tag, see {@link #languageKeys}). {@code languages} is the
 * request's language chain (most preferred first): the text is also read in those of them that the index
 * analyses (docs/decisions/0014-search-languages.md), so it is part of the result cache's key.
 */
public record SearchQuery(
        Optional<String> text,
        Set<String> themes,
        Optional<String> cityKey,
        Optional<String> regionKey,
        Optional<AccessMode> accessMode,
        Optional<UUID> organizationId,
        Optional<String> language,
        ServiceStatus status,
        Optional<GeoPoint> near,
        Optional<Double> radiusKm,
        Set<UUID> onlyIds,
        int offset,
        int size,
        List<String> languages) {

    public record GeoPoint(double latitude, double longitude) {
    }

    /**
     * The keys under which a service speaking {@code tag} is found: the tag and each shorter prefix, in
     * lower case, after the usual aliases ({@code prs} is {@code fa-af}). A filter matches a key
     * (RFC 4647 basic filtering): {@code ar} finds {@code ar-SY}, {@code fa-AF} does not find {@code fa}.
     */
    public static java.util.List<String> languageKeys(String tag) {
        String canonical = org.passerelle.common.i18n.LanguageSelection.canonical(tag.strip())
                .orElse(tag.strip()).toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> keys = new java.util.ArrayList<>();
        String key = canonical;
        while (true) {
            keys.add(key);
            int dash = key.lastIndexOf('-');
            if (dash < 0) {
                return keys;
            }
            key = key.substring(0, dash);
        }
    }

    /** The one key a filter on {@code tag} looks for; empty when it is not a BCP-47 tag. */
    public static Optional<String> languageFilter(String tag) {
        return org.passerelle.common.i18n.LanguageSelection.canonical(tag.strip())
                .map(c -> c.toLowerCase(java.util.Locale.ROOT));
    }
}
