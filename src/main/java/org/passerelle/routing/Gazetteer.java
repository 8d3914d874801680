package org.passerelle.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.passerelle.common.text.Keys;
import org.passerelle.routing.Communes.Department;
import org.passerelle.routing.Communes.Match;
import org.passerelle.routing.api.TriagePlan.Status;

/**
 * Where a person is, from the town and postcode they gave: every French commune ({@link Communes}), with
 * the coordinates of the catalogue's own places where it has them (the official table has none, so a
 * distance is known only for towns where offers are). A snapshot of the catalogue holds one.
 * <p>
 * The gazetteer never picks one of several communes silently (docs/architecture.md §7, territory): a name
 * shared by several communes that no postcode settles is {@link Status#AMBIGUOUS}, and the rules then read
 * only what all of them share.
 */
public final class Gazetteer {

    /** Candidates returned at most for an ambiguous place, most populous first. */
    static final int MAX_CANDIDATES = 20;
    /** Spelling suggestions returned at most for a town not found. */
    static final int MAX_SUGGESTIONS = 5;

    /**
     * Where the person was placed: the commune when found; the communes that match when ambiguous, or the
     * spelling suggestions when unknown; the department all of them share (or a postcode's); {@code home}
     * the one place the rules and distances read (null when nothing is known), {@code places} every place
     * the person may be in, each compared by the rules (docs/architecture.md §7).
     */
    public record Located(Status status, Match commune, List<Match> candidates, Department department,
            String region, Place home, List<Place> places) {
    }

    private final Communes communes;
    /** City key + "|" + department key (or "" when the catalogue names none) → the place with coordinates. */
    private final Map<String, Place> coordinates;

    private Gazetteer(Communes communes, Map<String, Place> coordinates) {
        this.communes = communes;
        this.coordinates = Map.copyOf(coordinates);
    }

    /** Every French commune, with the coordinates of the catalogue's places. */
    public static Gazetteer of(Iterable<Place> catalogue) {
        return of(Communes.france(), catalogue);
    }

    static Gazetteer of(Communes communes, Iterable<Place> catalogue) {
        Map<String, Place> coordinates = new HashMap<>();
        for (Place place : catalogue) {
            String city = Keys.placeKey(place.city());
            if (city != null && place.hasCoordinates()) {
                String department = Keys.placeKey(place.department());
                coordinates.putIfAbsent(city + "|" + (department == null ? "" : department), place);
            }
        }
        return new Gazetteer(communes, coordinates);
    }

    public Communes communes() {
        return communes;
    }

    /**
     * Places a person by a town and a postcode, either of which may be missing or blank; a postcode typed
     * in the town field ("Saint-Denis 93200") counts as the postcode. Null when neither was given.
     */
    public Located locate(String city, String postcode) {
        String name = city == null || city.isBlank() ? null : city.trim();
        String code = postcode != null && postcode.matches("\\d{5}") ? postcode : null;
        if (name != null) {
            String key = Keys.placeKey(name);
            if (key == null) {
                return code == null ? unknown(name, null) : locate(null, code);
            }
            String[] tokens = key.split(" ");
            String last = tokens[tokens.length - 1];
            if (last.matches("\\d{5}")) {
                code = code == null ? last : code;
                name = tokens.length == 1 ? null : key.substring(0, key.length() - last.length() - 1);
            }
        }
        if (name == null && code == null) {
            return null;
        }
        List<Match> byName = name == null ? List.of() : named(name);
        List<Match> byCode = code == null ? List.of() : communes.withPostcode(code);
        if (name != null && code != null) {
            String given = code;
            List<Match> both = byName.stream().filter(m -> m.commune().postcodes().contains(given))
                    .map(m -> new Match(m.commune(), given, m.otherName(), m.how(), m.sharedName())).toList();
            if (!both.isEmpty()) {
                return settle(both);
            }
            if (byName.isEmpty()) {
                // A name we do not know (a neighbourhood, a misspelling) with a postcode we do: the postcode places them.
                return byCode.isEmpty() ? unknown(name, code) : settle(byCode);
            }
            if (byCode.isEmpty()) {
                // A postcode La Poste does not have: its department may still settle the name.
                Optional<Department> department = communes.departmentOfPostcode(code);
                List<Match> inDepartment = byName.stream()
                        .filter(m -> department.isPresent() && m.commune().department().equals(department.get())).toList();
                return settle(inDepartment.isEmpty() ? byName : inDepartment);
            }
            // The name says one place and the postcode another: both are candidates.
            List<Match> either = new ArrayList<>(byName);
            byCode.stream().filter(m -> byName.stream().noneMatch(n -> n.commune() == m.commune())).forEach(either::add);
            return ambiguous(either);
        }
        if (name != null) {
            return byName.isEmpty() ? unknown(name, null) : settle(byName);
        }
        return byCode.isEmpty() ? unknown(null, code) : settle(byCode);
    }

    /** The communes of a name; "Saint-Denis 93" (a department code after the name) keeps those of the department. */
    private List<Match> named(String name) {
        List<Match> byName = communes.named(name);
        if (!byName.isEmpty()) {
            return byName;
        }
        String key = Keys.placeKey(name);
        int space = key == null ? -1 : key.lastIndexOf(' ');
        if (space > 0) {
            Optional<Department> department = communes.department(key.substring(space + 1));
            if (department.isPresent()) {
                return communes.named(key.substring(0, space)).stream()
                        .filter(m -> m.commune().department().equals(department.get())).toList();
            }
        }
        return byName;
    }

    /** The one place a town name gives, when it gives exactly one commune. */
    public Optional<Place> find(String city) {
        Located located = locate(city, null);
        return located != null && located.status() == Status.FOUND ? Optional.of(located.home()) : Optional.empty();
    }

    /**
     * The department and region of a postcode (no city, no coordinates): enough to decide department- and
     * region-level offers, even when the postcode serves several communes.
     */
    public Optional<Place> findPostcode(String postcode) {
        return communes.departmentOfPostcode(postcode).map(d -> new Place(null, d.name(), d.region(), null, null));
    }

    private Located settle(List<Match> matches) {
        return matches.size() == 1 ? found(matches.get(0)) : ambiguous(matches);
    }

    private Located found(Match match) {
        Place home = place(match.commune());
        return new Located(Status.FOUND, match, List.of(), match.commune().department(), home.region(), home,
                List.of(home));
    }

    private Located ambiguous(List<Match> matches) {
        Department department = matches.get(0).commune().department();
        String region = department.region();
        List<Place> places = new ArrayList<>(matches.size());
        for (Match m : matches) {
            places.add(place(m.commune()));
            if (!m.commune().department().equals(department)) {
                department = null;
            }
            if (region != null && !m.commune().department().region().equals(region)) {
                region = null;
            }
        }
        Place shared = department != null ? new Place(null, department.name(), region, null, null)
                : region != null ? new Place(null, null, region, null, null) : null;
        return new Located(Status.AMBIGUOUS, null, List.copyOf(matches.subList(0, Math.min(MAX_CANDIDATES, matches.size()))),
                department, region, shared, List.copyOf(places));
    }

    /**
     * Nothing answers: the spelling suggestions for a name, and a postcode's department when its first
     * digits give one. The typed name stays the place's city, so an offer in a town of exactly that name
     * (abroad, say) still fits; any other city-level offer is elsewhere, as before.
     */
    private Located unknown(String name, String code) {
        Optional<Department> department = code == null ? Optional.empty() : communes.departmentOfPostcode(code);
        List<Match> suggestions = name == null ? List.of() : communes.similar(name, MAX_SUGGESTIONS);
        Place home = name == null && department.isEmpty() ? null
                : new Place(name, department.map(Department::name).orElse(null),
                        department.map(Department::region).orElse(null), null, null);
        return new Located(Status.UNKNOWN, null, suggestions, department.orElse(null),
                department.map(Department::region).orElse(null), home, home == null ? List.of() : List.of(home));
    }

    /** A commune as a place: its name, department and region, and coordinates when the catalogue has them. */
    private Place place(Communes.Commune commune) {
        String city = Keys.placeKey(commune.name());
        Place known = coordinates.get(city + "|" + Keys.placeKey(commune.department().name()));
        if (known == null) {
            known = coordinates.get(city + "|");
        }
        return new Place(commune.name(), commune.department().name(), commune.department().region(),
                known == null ? null : known.latitude(), known == null ? null : known.longitude());
    }
}
