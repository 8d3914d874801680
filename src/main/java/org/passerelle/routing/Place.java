package org.passerelle.routing;

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
}
