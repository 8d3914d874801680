package org.passerelle.catalogue;

import java.util.Map;
import java.util.TreeMap;

import org.passerelle.catalogue.vocabulary.TextOrigin;

/**
 * A service's name in one language and where it comes from, detached from the database: the search
 * index's list entries and the routing snapshot keep these, so a list or a plan can say which names are
 * machine translations without a database round trip.
 */
public record OfferName(String name, TextOrigin origin) {

    /** The service's names by language. */
    public static Map<String, OfferName> byLanguage(ServiceOffer s) {
        Map<String, OfferName> names = new TreeMap<>();
        s.texts.forEach((lang, text) -> names.put(lang, new OfferName(text.name, text.origin)));
        return Map.copyOf(names);
    }
}
