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
        return city == null ? Optional.empty() : Optional.ofNullable(byCity.get(Keys.matchKey(city)));
    }
}
