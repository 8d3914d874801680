package org.passerelle.routing;

import java.util.Arrays;
import java.util.Objects;

import org.passerelle.common.text.Keys;

/**
 * Where an offer works or a person lives: city → department → region → national. Names are compared by
 * their accent- and case-insensitive keys; a value such as "Gard / Hérault" lists several.
 */
public record Place(String city, String department, String region, Double latitude, Double longitude) {

    public boolean isNational() {
        return city == null && department == null && region == null;
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    static boolean sameArea(String offer, String person) {
        if (offer == null || person == null) {
            return false;
        }
        String key = Keys.matchKey(person);
        return Arrays.stream(offer.split("/")).map(Keys::matchKey).anyMatch(k -> Objects.equals(k, key));
    }

    /** Great-circle distance in kilometres. */
    public double distanceKm(Place other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
