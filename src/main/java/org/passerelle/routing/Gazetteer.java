package org.passerelle.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.passerelle.common.text.Keys;

/**
 * City → department, region and coordinates. It is built from the catalogue itself (every offer that
 * names a city gives one); a full gazetteer (INSEE COG, e.g. @etalab/decoupage-administratif) can
 * replace it without changing the engine.
 */
public final class Gazetteer {

    private final Map<String, Place> byCity;

    private Gazetteer(Map<String, Place> byCity) {
        this.byCity = Map.copyOf(byCity);
    }

    public static Gazetteer of(Iterable<Place> places) {
        Map<String, Place> map = new HashMap<>();
        for (Place place : places) {
            if (place.city() != null && place.department() != null && place.region() != null) {
                map.putIfAbsent(Keys.matchKey(place.city()), place);
            }
        }
        return new Gazetteer(map);
    }

    public Optional<Place> find(String city) {
        // A blank city has no key: it is no city at all (the map refuses a null key).
        String key = Keys.matchKey(city);
        return key == null ? Optional.empty() : Optional.ofNullable(byCity.get(key));
    }

    /**
     * The department and region of a French postcode (its first digits; 20xxx is Corsica, 97x overseas),
     * with no city and no coordinates: enough to decide department- and region-level offers.
     */
    public Optional<Place> findPostcode(String postcode) {
        if (postcode == null || !postcode.matches("\\d{5}")) {
            return Optional.empty();
        }
        String code = postcode.startsWith("97") ? postcode.substring(0, 3)
                : postcode.startsWith("20") ? (Integer.parseInt(postcode) < 20200 ? "2A" : "2B")
                : postcode.substring(0, 2);
        return Optional.ofNullable(DEPARTMENTS.get(code));
    }

    private static final Map<String, Place> DEPARTMENTS = departments();

    private static Map<String, Place> departments() {
        Map<String, Place> departments = new HashMap<>();
        try (var in = Gazetteer.class.getClassLoader().getResourceAsStream("routing/departments.csv");
                var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                        java.util.Objects.requireNonNull(in, "routing/departments.csv"),
                        java.nio.charset.StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.startsWith("#") && !line.startsWith("code;")).forEach(line -> {
                String[] cells = line.split(";");
                departments.put(cells[0], new Place(null, cells[1], cells[2], null, null));
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Map.copyOf(departments);
    }
}
