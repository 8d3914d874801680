package org.passerelle.routing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passerelle.catalogue.vocabulary.CefrLevel;
import org.passerelle.catalogue.vocabulary.ResidenceStatus;
import org.passerelle.common.text.Keys;
import org.passerelle.routing.api.NeedsProfile;
import org.passerelle.routing.api.NeedsProfile.StatusAnswer;
import org.passerelle.routing.api.Reason;
import org.passerelle.routing.api.Verdict;

/**
 * Decides, for one offer and one profile, eligible / maybe / not eligible, with the reasons. It follows
 * docs/architecture.md §7, eligibility rules:
 * <ul>
 * <li>{@code any} matches everyone, including a person who would rather not say their status;</li>
 * <li>a resettled refugee is a refugee, and a refugee is work-authorised; a residence permit may or may
 * not allow work, so it gives "maybe" for work-authorised offers; temporary protection is
 * work-authorised; a recognised stateless person holds a residence permit that allows work;</li>
 * <li>a fact the person did not give, that the offer restricts, gives "maybe" naming that fact;</li>
 * <li>null bounds mean no limit; an offer whose status list is not stated is "maybe" for status;</li>
 * <li>special criteria are opt-in: one the person has not declared is "maybe";</li>
 * <li>territory goes city → department → region; an offer that names no place is usable from anywhere
 * (national-remote), has branches to ask about (national-network), or is "maybe" because where it is
 * is not known (unknown): never "everywhere" by default;</li>
 * <li>a child alone is not sent to adult housing, and a school need for a child is not met by an offer for
 * adults only; an adult with a family may use an offer made for children (for their children);</li>
 * <li>access mode never makes anyone ineligible: it only adds a reason (and ranks, see {@link Triage}).</li>
 * </ul>
 * Departure: a household left unstated by the offer is no condition (117 of the 125 demo offers state
 * none; "maybe" for all of them would hide the ones that do restrict it).
 */
public final class EligibilityEngine {

    private EligibilityEngine() {
    }

    /**
     * Who is being assessed, with the keys the rules compare computed once per plan rather than once
     * per offer, and one clock reading for the whole plan. {@code areas} are the places the person may be
     * in (none when not known; one when the gazetteer found the town; several when the town is ambiguous);
     * {@code cityKey}, {@code departmentKey} and {@code regionKey} are what all of them share, or null.
     */
    public record Person(NeedsProfile profile, Place home, java.time.Instant now, Set<ResidenceStatus> held,
            Integer lowAge, Integer highAge, Set<String> criteria, String cityKey, String departmentKey,
            String regionKey, Set<String> languages, List<Area> areas) {

        /** With one home (a town the gazetteer found, or a postcode's department), or none. */
        public static Person of(NeedsProfile profile, Place home, java.time.Instant now) {
            boolean typed = profile.city() != null && !profile.city().isBlank();
            List<Place> places = home != null ? List.of(home.city() != null || !typed ? home
                    : new Place(profile.city(), home.department(), home.region(), home.latitude(), home.longitude()))
                    : typed ? List.of(new Place(profile.city(), null, null, null, null)) : List.of();
            return of(profile, home, places, now);
        }

        /** Where the gazetteer placed the person (null when they gave no town and no postcode). */
        public static Person placed(NeedsProfile profile, Gazetteer.Located where, java.time.Instant now) {
            return where == null ? of(profile, (Place) null, now) : of(profile, where.home(), where.places(), now);
        }

        static Person of(NeedsProfile profile, Place home, List<Place> places, java.time.Instant now) {
            Integer low = profile.age() != null ? profile.age()
                    : profile.ageBand() == null ? null : profile.ageBand().min;
            Integer high = profile.age() != null ? profile.age()
                    : profile.ageBand() == null ? null : profile.ageBand().max;
            Set<String> criteria = profile.specialCriteria() == null ? Set.of() : Set.copyOf(profile.specialCriteria());
            List<Area> areas = places.stream().map(Area::of).toList();
            return new Person(profile, home, now,
                    profile.status() == null ? EnumSet.noneOf(ResidenceStatus.class) : EligibilityEngine.held(profile.status()), low, high,
                    // Two Saint-Denis share a name, not a city: the city is settled only when the places are one.
                    criteria, areas.stream().distinct().count() == 1 ? areas.get(0).city() : null,
                    shared(areas, Area::department), shared(areas, Area::region),
                    profile.languages() == null ? Set.of() : Set.copyOf(profile.languages()), areas);
        }

        private static String shared(List<Area> areas, java.util.function.Function<Area, String> key) {
            String first = areas.isEmpty() ? null : key.apply(areas.get(0));
            return first != null && areas.stream().allMatch(a -> first.equals(key.apply(a))) ? first : null;
        }

        boolean gaveCity() {
            return profile.city() != null && !profile.city().isBlank();
        }
    }

    /** One place a person may be in, as the keys the rules compare ({@link org.passerelle.common.text.Keys#placeKey}); any may be null. */
    public record Area(String city, String department, String region) {

        static Area of(Place place) {
            return new Area(Keys.placeKey(place.city()), Keys.placeKey(place.department()), Keys.placeKey(place.region()));
        }
    }

    /**
     * Collects the outcome of the rules. Without a reason list it only keeps the verdict and whether the
     * offer is open now, which is all ranking needs: reasons are built for the offers shown.
     */
    static final class Tally {
        private final List<Reason> reasons;
        private Verdict verdict = Verdict.ELIGIBLE;
        private boolean open;
        /** How many of the person's declared special criteria the offer is made for. */
        private int criteriaFit;
        /** How many other facts of the person (status, age, French, gender, household) the offer restricts and meets. */
        private int factFit;
        /** How many facts the offer restricts that the person did not give (an undeclared criterion counts double). */
        private int doubt;

        private Tally(List<Reason> reasons) {
            this.reasons = reasons;
        }

        static Tally verdictOnly() {
            return new Tally(null);
        }

        static Tally withReasons() {
            return new Tally(new ArrayList<>());
        }

        /** Starts a new offer. */
        void reset() {
            verdict = Verdict.ELIGIBLE;
            open = false;
            criteriaFit = 0;
            factFit = 0;
            doubt = 0;
        }

        int criteriaFit() {
            return criteriaFit;
        }

        int factFit() {
            return factFit;
        }

        int doubt() {
            return doubt;
        }

        Verdict verdict() {
            return verdict;
        }

        boolean open() {
            return open;
        }

        boolean wantsReasons() {
            return reasons != null;
        }

        private void add(Reason.Effect effect, String key, String fact, Map<String, Object> params, boolean inferred) {
            note(effect);
            count(effect, key);
            if (reasons != null) {
                reasons.add(new Reason(key, effect, fact, params, inferred));
            }
        }

        private void add(Reason reason) {
            note(reason.effect());
            if (reasons != null) {
                reasons.add(reason);
            }
        }

        private void note(Reason.Effect effect) {
            if (effect == Reason.Effect.FAILS) {
                verdict = Verdict.NOT_ELIGIBLE;
            } else if (effect == Reason.Effect.MISSING && verdict == Verdict.ELIGIBLE) {
                verdict = Verdict.MAYBE;
            }
        }

        /**
         * What ranking reads beside the verdict: the facts the offer is made for (a declared criterion
         * apart, the strongest sign), and the facts it restricts that the person did not give. "Any
         * status" and the place count for nothing here (the place ranks on its own).
         */
        private void count(Reason.Effect effect, String key) {
            if (key.equals("status.any") || key.startsWith("territory.")) {
                return;
            }
            boolean criterion = key.startsWith("criterion.");
            if (effect == Reason.Effect.FITS) {
                if (criterion) {
                    criteriaFit++;
                } else {
                    factFit++;
                }
            } else if (effect == Reason.Effect.MISSING) {
                doubt += criterion ? 2 : 1;
            }
        }

        Assessment assessment() {
            return new Assessment(verdict, List.copyOf(reasons));
        }
    }

    /** The verdict and every reason for one offer (prepared on the fly; triage prepares them once). */
    public static Assessment assess(OfferFacts offer, NeedsProfile person, Place home) {
        return assess(new PreparedOffer(offer), Person.of(person, home, java.time.Instant.now()));
    }

    static Assessment assess(PreparedOffer offer, Person person) {
        return assess(offer, person, Set.of());
    }

    /** With the themes of the need the offer is assessed for (some rules depend on it). */
    static Assessment assess(PreparedOffer offer, Person person, Set<String> needThemes) {
        Tally tally = Tally.withReasons();
        apply(offer, person, tally);
        applyNeedRules(offer, person, needThemes, tally);
        return tally.assessment();
    }

    /** Runs every eligibility rule (docs/architecture.md §7), in a fixed order, into the tally. */
    static void apply(PreparedOffer offer, Person person, Tally tally) {
        applyPersonRules(offer, person, tally);
        territory(offer, person, tally);
        tally.add(offer.access);
        hours(offer.facts, person.now(), tally);
    }

    /**
     * The rules about the person (status, age, French, gender, household, criteria). Their outcome
     * depends only on the offer's {@link PreparedOffer#rulesGroup}, so triage runs them once per group.
     */
    static void applyPersonRules(PreparedOffer offer, Person person, Tally tally) {
        status(offer, person, tally);
        age(offer, person, tally);
        french(offer, person.profile().frenchLevel(), tally);
        gender(offer, person.profile().gender(), tally);
        household(offer, person.profile().household(), tally);
        criteria(offer, person.criteria(), tally);
        childAlone(offer, person, tally);
    }

    /**
     * A child alone is protected by the département (child protection, ASE), not housed in an adult
     * residence: housing that does not say it takes minors is not for them (the plan leads with child
     * protection and 119 instead, see {@link SafetyNet}).
     */
    private static void childAlone(PreparedOffer offer, Person person, Tally tally) {
        if (offer.housing && !offer.takesMinors && !offer.forChildren && SafetyNet.loneMinor(person)) {
            tally.add(Reason.Effect.FAILS, "public.adult-housing", null, Map.of(), false);
        }
    }

    /**
     * The rules that depend on the need as well: a school need for a child (a minor, or a parent asking
     * for their family) is not met by an offer made for adults only, such as a university bridge.
     */
    static void applyNeedRules(PreparedOffer offer, Person person, Set<String> needThemes, Tally tally) {
        if (offer.adultsOnly && needThemes.contains("education")
                && (SafetyNet.minor(person) || person.profile().household() == NeedsProfile.Household.FAMILY)) {
            tally.add(Reason.Effect.FAILS, "public.adults-only", null, offer.ageParams, offer.ageInferred);
        }
    }

    /** The rules about where and when (territory, and whether it is open now), which differ per offer. */
    static void applyPlaceAndTime(PreparedOffer offer, Person person, Tally tally) {
        territory(offer, person, tally);
        if (!offer.facts.hours().isEmpty()) {
            hours(offer.facts, person.now(), tally);
        }
    }

    /** The statuses a person holds, given what they answered. */
    static Set<ResidenceStatus> held(StatusAnswer answer) {
        if (answer == StatusAnswer.PREFER_NOT_TO_SAY) {
            return EnumSet.noneOf(ResidenceStatus.class);
        }
        // The answer codes are the vocabulary's own; the nesting lives with the vocabulary.
        return ResidenceStatus.valueOf(answer.name()).implied();
    }

    private static void status(PreparedOffer offer, Person person, Tally tally) {
        boolean inferred = offer.statusInferred;
        StatusAnswer answer = person.profile().status();
        if (offer.statuses.isEmpty()) {
            tally.add(Reason.Effect.MISSING, "status.not-stated", "status", Map.of(), inferred);
        } else if (offer.statuses.contains(ResidenceStatus.ANY)) {
            tally.add(Reason.Effect.FITS, "status.any", null, Map.of(), inferred);
        } else if (answer == null || answer == StatusAnswer.PREFER_NOT_TO_SAY) {
            tally.add(Reason.Effect.MISSING, "status.required", "status", offer.statusParams, inferred);
        } else {
            ResidenceStatus match = null;
            for (ResidenceStatus status : offer.statusOrder) {
                if (person.held().contains(status)) {
                    match = status;
                    break;
                }
            }
            if (match != null) {
                tally.add(Reason.Effect.FITS, "status.matches", null, PreparedOffer.statusMatch(match), inferred);
            } else if (answer == StatusAnswer.RESIDENCE_PERMIT
                    && offer.statuses.contains(ResidenceStatus.WORK_AUTHORISED)) {
                tally.add(Reason.Effect.MISSING, "status.work-authorisation", "workAuthorisation", offer.statusParams,
                        inferred);
            } else {
                tally.add(Reason.Effect.FAILS, "status.not-covered", null, offer.statusParams, inferred);
            }
        }
    }

    private static void age(PreparedOffer offer, Person person, Tally tally) {
        OfferFacts facts = offer.facts;
        if (facts.minAge() == null && facts.maxAge() == null) {
            return;
        }
        int min = facts.minAge() == null ? 0 : facts.minAge();
        int max = facts.maxAge() == null ? 120 : facts.maxAge();
        Integer low = person.lowAge();
        Integer high = person.highAge();
        if (low == null) {
            tally.add(Reason.Effect.MISSING, "age.range", "age", offer.ageParams, offer.ageInferred);
        } else if (low >= min && high <= max) {
            tally.add(Reason.Effect.FITS, "age.range", null, offer.ageParams, offer.ageInferred);
        } else if (offer.forChildren && low >= 18
                && person.profile().household() == NeedsProfile.Household.FAMILY) {
            // A parent asks for their children: an offer made for children is for them.
            tally.add(Reason.Effect.INFO, "age.for-your-children", null, offer.ageParams, offer.ageInferred);
        } else if (high < min || low > max) {
            tally.add(Reason.Effect.FAILS, "age.range", null, offer.ageParams, offer.ageInferred);
        } else {
            tally.add(Reason.Effect.MISSING, "age.range", "age", offer.ageParams, offer.ageInferred);
        }
    }

    private static void french(PreparedOffer offer, CefrLevel level, Tally tally) {
        OfferFacts facts = offer.facts;
        boolean inferred = offer.frenchInferred;
        if (facts.minCefr() != null || facts.maxCefr() != null) {
            if (level == null) {
                tally.add(Reason.Effect.MISSING, "french.range", "frenchLevel", offer.frenchParams, inferred);
            } else if (facts.minCefr() != null && level.compareTo(facts.minCefr()) < 0) {
                tally.add(Reason.Effect.FAILS, "french.below-min", null, offer.frenchParams, inferred);
            } else if (facts.maxCefr() != null && level.compareTo(facts.maxCefr()) > 0) {
                tally.add(Reason.Effect.FAILS, "french.above-max", null, offer.frenchParams, inferred);
            } else {
                tally.add(Reason.Effect.FITS, "french.range", null, offer.frenchParams, inferred);
            }
        }
        if (facts.targetCefr() != null && level != null && level.compareTo(facts.targetCefr()) >= 0) {
            tally.add(Reason.Effect.INFO, "french.already-at-target", null, offer.targetParams, false);
        }
    }

    private static void gender(PreparedOffer offer, NeedsProfile.Gender gender, Tally tally) {
        if (offer.facts.genders().isEmpty()) {
            return;
        }
        if (gender == null) {
            tally.add(Reason.Effect.MISSING, "gender.only", "gender", offer.genderParams, false);
        } else if (offer.facts.genders().contains(gender.code())) {
            tally.add(Reason.Effect.FITS, "gender.only", null, offer.genderParams, false);
        } else {
            tally.add(Reason.Effect.FAILS, "gender.only", null, offer.genderParams, false);
        }
    }

    private static void household(PreparedOffer offer, NeedsProfile.Household household, Tally tally) {
        if (!offer.restrictsHousehold()) {
            return;
        }
        boolean inferred = offer.householdInferred;
        if (household == null) {
            tally.add(Reason.Effect.MISSING, "household.only", "household", offer.householdParams, inferred);
        } else if (household.code().equals(offer.facts.household().code())) {
            tally.add(Reason.Effect.FITS, "household.only", null, offer.householdParams, inferred);
        } else {
            tally.add(Reason.Effect.FAILS, "household.only", null, offer.householdParams, inferred);
        }
    }

    private static void criteria(PreparedOffer offer, Set<String> declared, Tally tally) {
        for (int i = 0; i < offer.criteria.size(); i++) {
            String criterion = offer.criteria.get(i);
            boolean has = declared.contains(criterion) || "elderly-or-disability".equals(criterion)
                    && (declared.contains("elderly") || declared.contains("disability"));
            if (has) {
                tally.add(Reason.Effect.FITS, "criterion.declared", null, offer.criteriaParams.get(i), false);
            } else {
                tally.add(Reason.Effect.MISSING, "criterion.required", "criterion:" + criterion,
                        offer.criteriaParams.get(i), false);
            }
        }
    }

    private static void territory(PreparedOffer offer, Person person, Tally tally) {
        boolean inferred = offer.territoryInferred;
        int level = offer.territoryLevel;
        if (level == PreparedOffer.NATIONAL) {
            // No place named: the scope says where it can be used (decision 0007), never "everywhere" by default.
            switch (offer.scope) {
                case NATIONAL_REMOTE -> tally.add(Reason.Effect.INFO, "territory.remote", null, Map.of(), inferred);
                case NATIONAL_NETWORK -> tally.add(Reason.Effect.INFO, "territory.network", null, Map.of(), inferred);
                default -> tally.add(Reason.Effect.MISSING, "territory.unknown", "place", Map.of(), inferred);
            }
            return;
        }
        // Each place the person may be in: the offer fits when it serves all of them, is elsewhere when it
        // serves none, and is "maybe", naming the city, otherwise (an ambiguous town, a postcode alone).
        List<Area> areas = person.areas();
        int yes = 0;
        int no = 0;
        for (int i = 0; i < areas.size(); i++) {
            int serves = serves(offer, areas.get(i));
            if (serves > 0) {
                yes++;
            } else if (serves < 0) {
                no++;
            }
        }
        if (!areas.isEmpty() && yes == areas.size()) {
            tally.add(Reason.Effect.FITS, "territory.local", null, offer.territoryParams, inferred);
        } else if (!areas.isEmpty() && no == areas.size()) {
            tally.add(Reason.Effect.FAILS, "territory.elsewhere", null, offer.territoryParams, inferred);
        } else {
            tally.add(Reason.Effect.MISSING, "territory.local", "city", offer.territoryParams, inferred);
        }
    }

    /**
     * Whether a local offer serves one place: 1 yes, -1 no, 0 not known. The offer is compared at the
     * narrowest level it names, and the broader levels it also names must agree (an offer in Saint-Denis,
     * Seine-Saint-Denis, does not serve Saint-Denis, La Réunion); a place whose key at that level is not
     * known may still be ruled out by its department or region.
     */
    static int serves(PreparedOffer offer, Area area) {
        if (area.department() != null && !offer.departmentKeys.isEmpty() && !offer.departmentKeys.contains(area.department())
                || area.region() != null && !offer.regionKeys.isEmpty() && !offer.regionKeys.contains(area.region())) {
            return -1;
        }
        String key = switch (offer.territoryLevel) {
            case PreparedOffer.CITY -> area.city();
            case PreparedOffer.DEPARTMENT -> area.department();
            default -> area.region();
        };
        return key == null ? 0 : offer.areaKeys.contains(key) ? 1 : -1;
    }

    /** "Open now until 17:00" when a permanence is on; "hours not known" when the sources give none. */
    private static void hours(OfferFacts offer, java.time.Instant now, Tally tally) {
        if (offer.hours().isEmpty()) {
            tally.add(Reason.Effect.INFO, "hours.not-known", null, Map.of(), false);
            return;
        }
        for (var hours : offer.hours()) {
            var until = hours.openUntil(now);
            if (until.isPresent()) {
                tally.open = true;
                tally.add(Reason.Effect.INFO, "hours.open-now", null, tally.wantsReasons()
                        ? Map.of("until", until.get().toString(), "illustrative", hours.illustrative()) : Map.of(), false);
                return;
            }
        }
        tally.add(Reason.Effect.INFO, "hours.closed-now", null, tally.wantsReasons() ? Map.of("illustrative",
                offer.hours().stream().anyMatch(org.passerelle.catalogue.OpeningHours.Hours::illustrative)) : Map.of(),
                false);
    }
}
