package org.passerelle.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.passerelle.catalogue.OpeningHours;
import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.CefrLevel;
import org.passerelle.catalogue.vocabulary.Household;
import org.passerelle.catalogue.vocabulary.ResidenceStatus;
import org.passerelle.catalogue.vocabulary.TerritoryScope;
import org.passerelle.routing.api.NeedsProfile;
import org.passerelle.routing.api.NeedsProfile.AgeBand;
import org.passerelle.routing.api.NeedsProfile.Gender;
import org.passerelle.routing.api.NeedsProfile.StatusAnswer;

/**
 * Synthetic offers and persons for the engine's unit tests. An offer starts with no restriction at all
 * ({@code any} status, no bounds, national, walk-in) and a person with nothing but a need, so each test
 * states only the rule it is about. Offers go through {@link PreparedOffer}'s constructor, as the
 * snapshot's do.
 */
final class Offers {

    /** A Tuesday, 10:00 in Paris: every test reads the same clock. */
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    static final Place NANCY = new Place("Nancy", "Meurthe-et-Moselle", "Grand Est", 48.6921, 6.1844);
    static final Place METZ = new Place("Metz", "Moselle", "Grand Est", 49.1193, 6.1757);
    static final Place MONTPELLIER = new Place("Montpellier", "Hérault", "Occitanie", 43.6108, 3.8767);
    static final Place SAINT_DENIS_93 = new Place("Saint-Denis", "Seine-Saint-Denis", "Île-de-France", null, null);
    static final Place SAINT_DENIS_974 = new Place("Saint-Denis", "La Réunion", "La Réunion", null, null);

    private Offers() {
    }

    static OfferBuilder offer() {
        return new OfferBuilder();
    }

    static PersonBuilder person() {
        return new PersonBuilder();
    }

    static final class OfferBuilder {
        private String slug = "synthetic-offer";
        private Set<ResidenceStatus> statuses = EnumSet.of(ResidenceStatus.ANY);
        private Integer minAge;
        private Integer maxAge;
        private CefrLevel minCefr;
        private CefrLevel maxCefr;
        private CefrLevel targetCefr;
        private Set<String> genders = Set.of();
        private Household household;
        private Set<String> criteria = Set.of();
        private AccessMode access = AccessMode.WALK_IN;
        private Integer committeeMinWeeks;
        private Integer committeeMaxWeeks;
        private Set<String> referrers = Set.of();
        private Boolean waitingList;
        private Place place = new Place(null, null, null, null, null);
        private final List<OpeningHours.Hours> hours = new ArrayList<>();
        private Set<String> inferred = Set.of();
        private Set<String> themes = Set.of("language");
        private String primaryTheme = "language";
        /** Null: national-remote without a place, local with one (the catalogue's consistency rule). */
        private TerritoryScope scope;

        OfferBuilder themes(String primary, String... others) {
            primaryTheme = primary;
            Set<String> all = new java.util.LinkedHashSet<>(List.of(others));
            all.add(primary);
            themes = Set.copyOf(all);
            return this;
        }

        private UUID organization = UUID.randomUUID();

        /** The organisation running it, by name (offers with the same name share one). */
        OfferBuilder organization(String name) {
            organization = UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return this;
        }

        private Double capacitySignal;

        /** Recent declines for lack of capacity, as a score now. */
        OfferBuilder capacityDeclines(double score) {
            capacitySignal = score;
            return this;
        }

        OfferBuilder scope(TerritoryScope value) {
            scope = value;
            return this;
        }

        OfferBuilder slug(String value) {
            slug = value;
            return this;
        }

        /** No statuses at all: the source does not say who the offer is for. */
        OfferBuilder statusNotStated() {
            statuses = Set.of();
            return this;
        }

        OfferBuilder statuses(ResidenceStatus first, ResidenceStatus... rest) {
            statuses = EnumSet.of(first, rest);
            return this;
        }

        OfferBuilder age(Integer min, Integer max) {
            minAge = min;
            maxAge = max;
            return this;
        }

        OfferBuilder french(CefrLevel min, CefrLevel max) {
            minCefr = min;
            maxCefr = max;
            return this;
        }

        OfferBuilder targetCefr(CefrLevel target) {
            targetCefr = target;
            return this;
        }

        OfferBuilder genders(String... codes) {
            genders = Set.of(codes);
            return this;
        }

        OfferBuilder household(Household value) {
            household = value;
            return this;
        }

        OfferBuilder criteria(String... codes) {
            criteria = Set.of(codes);
            return this;
        }

        OfferBuilder access(AccessMode mode) {
            access = mode;
            return this;
        }

        OfferBuilder committeeWeeks(Integer min, Integer max) {
            committeeMinWeeks = min;
            committeeMaxWeeks = max;
            return this;
        }

        OfferBuilder referrers(String... kinds) {
            referrers = Set.of(kinds);
            return this;
        }

        OfferBuilder waitingList(Boolean value) {
            waitingList = value;
            return this;
        }

        OfferBuilder in(String city, String department, String region) {
            place = new Place(city, department, region, null, null);
            return this;
        }

        OfferBuilder at(Place where) {
            place = where;
            return this;
        }

        OfferBuilder hours(OpeningHours.Hours value) {
            hours.add(value);
            return this;
        }

        /** Paths of the data's {@code inferred[]}, such as "eligibility.statuses". */
        OfferBuilder inferred(String... paths) {
            inferred = Set.of(paths);
            return this;
        }

        OfferFacts facts() {
            return new OfferFacts(UUID.nameUUIDFromBytes(slug.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    slug, Map.of("fr", new org.passerelle.catalogue.OfferName(slug,
                            org.passerelle.catalogue.vocabulary.TextOrigin.SOURCE)), organization, "synthetic-org", "Synthetic organisation",
                    themes, primaryTheme, statuses, minAge, maxAge, minCefr, maxCefr, targetCefr, genders,
                    household, criteria, access, committeeMinWeeks, committeeMaxWeeks, referrers, Set.of("fr"),
                    waitingList, place, scope != null ? scope : place.isNational() ? TerritoryScope.NATIONAL_REMOTE : TerritoryScope.LOCAL,
                    List.copyOf(hours), inferred, capacitySignal, capacitySignal == null ? null : NOW,
                    new org.passerelle.catalogue.WayIns.Resolved(org.passerelle.catalogue.vocabulary.WayInCode.ASK_AT_THE_DESK,
                            true, Map.of(), null, null));
        }

        PreparedOffer prepared() {
            return new PreparedOffer(facts());
        }
    }

    static final class PersonBuilder {
        private StatusAnswer status;
        private Integer age;
        private AgeBand ageBand;
        private CefrLevel french;
        private NeedsProfile.Household household;
        private Gender gender;
        private String city;
        private Place home;
        private List<Place> candidates;
        private List<String> criteria;

        PersonBuilder status(StatusAnswer value) {
            status = value;
            return this;
        }

        PersonBuilder age(Integer value) {
            age = value;
            return this;
        }

        PersonBuilder ageBand(AgeBand value) {
            ageBand = value;
            return this;
        }

        PersonBuilder french(CefrLevel value) {
            french = value;
            return this;
        }

        PersonBuilder household(NeedsProfile.Household value) {
            household = value;
            return this;
        }

        PersonBuilder gender(Gender value) {
            gender = value;
            return this;
        }

        /** The city the person typed, and where the gazetteer places it. */
        PersonBuilder livesIn(Place place) {
            city = place.city();
            home = place;
            return this;
        }

        /** A town several communes answer to (Saint-Denis): the person may be in any of them. */
        PersonBuilder livesInOneOf(String typed, Place... places) {
            city = typed;
            home = null;
            candidates = List.of(places);
            return this;
        }

        /** A city the gazetteer does not know: no department, no region. */
        PersonBuilder typedCity(String value) {
            city = value;
            home = null;
            return this;
        }

        /** A postcode only: a department and region, no city. */
        PersonBuilder postcodeIn(String department, String region) {
            city = null;
            home = new Place(null, department, region, null, null);
            return this;
        }

        PersonBuilder criteria(String... codes) {
            criteria = List.of(codes);
            return this;
        }

        NeedsProfile profile() {
            return new NeedsProfile(List.of("french"), status, age, ageBand, french, household, gender, city, null,
                    null, criteria);
        }

        EligibilityEngine.Person build() {
            return candidates != null ? EligibilityEngine.Person.of(profile(), home, candidates, NOW)
                    : EligibilityEngine.Person.of(profile(), home, NOW);
        }
    }
}
