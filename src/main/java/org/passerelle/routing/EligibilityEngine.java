package org.passerelle.routing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.CefrLevel;
import org.passerelle.catalogue.vocabulary.Household;
import org.passerelle.catalogue.vocabulary.ResidenceStatus;
import org.passerelle.common.text.Coded;
import org.passerelle.routing.api.NeedsProfile;
import org.passerelle.routing.api.NeedsProfile.StatusAnswer;
import org.passerelle.routing.api.Reason;

/**
 * Decides, for one offer and one profile, eligible / maybe / not eligible, with the reasons. It follows
 * design.md §3b:
 * <ul>
 * <li>{@code any} matches everyone, including a person who would rather not say their status;</li>
 * <li>a resettled refugee is a refugee, and a refugee is work-authorised; a residence permit may or may
 * not allow work, so it gives "maybe" for work-authorised offers;</li>
 * <li>a fact the person did not give, that the offer restricts, gives "maybe" naming that fact;</li>
 * <li>null bounds mean no limit; an offer whose status list is not stated is "maybe" for status;</li>
 * <li>special criteria are opt-in: one the person has not declared is "maybe";</li>
 * <li>territory goes city → department → region → national;</li>
 * <li>access mode never makes anyone ineligible: it only adds a reason (and ranks, see {@link Triage}).</li>
 * </ul>
 * Departure: a household left unstated by the offer is no condition (117 of the 125 demo offers state
 * none; "maybe" for all of them would hide the ones that do restrict it).
 */
public final class EligibilityEngine {

    private EligibilityEngine() {
    }

    public static Assessment assess(OfferFacts offer, NeedsProfile person, Place home) {
        return assess(offer, person, home, java.time.Instant.now());
    }

    public static Assessment assess(OfferFacts offer, NeedsProfile person, Place home, java.time.Instant now) {
        List<Reason> reasons = new ArrayList<>();
        status(offer, person.status(), reasons);
        age(offer, person, reasons);
        french(offer, person.frenchLevel(), reasons);
        gender(offer, person.gender(), reasons);
        household(offer, person.household(), reasons);
        criteria(offer, person.specialCriteria(), reasons);
        territory(offer, person.city(), home, reasons);
        access(offer, reasons);
        hours(offer, now, reasons);
        return Assessment.of(reasons);
    }

    /** The statuses a person holds, given what they answered. */
    static Set<ResidenceStatus> held(StatusAnswer answer) {
        return switch (answer) {
            case ASYLUM_SEEKER -> EnumSet.of(ResidenceStatus.ASYLUM_SEEKER);
            case REFUGEE -> EnumSet.of(ResidenceStatus.REFUGEE, ResidenceStatus.WORK_AUTHORISED);
            case RESETTLED_REFUGEE -> EnumSet.of(ResidenceStatus.RESETTLED_REFUGEE, ResidenceStatus.REFUGEE,
                    ResidenceStatus.WORK_AUTHORISED);
            case RESIDENCE_PERMIT -> EnumSet.of(ResidenceStatus.RESIDENCE_PERMIT);
            case WORK_AUTHORISED -> EnumSet.of(ResidenceStatus.WORK_AUTHORISED);
            case UNDOCUMENTED -> EnumSet.of(ResidenceStatus.UNDOCUMENTED);
            case PREFER_NOT_TO_SAY -> EnumSet.noneOf(ResidenceStatus.class);
        };
    }

    private static void status(OfferFacts offer, StatusAnswer answer, List<Reason> reasons) {
        boolean inferred = offer.isInferred("eligibility.statuses");
        Map<String, Object> params = Map.of("statuses", codes(offer.statuses()));
        if (offer.statuses().isEmpty()) {
            reasons.add(Reason.missing("status.not-stated", "status", Map.of(), inferred));
        } else if (offer.statuses().contains(ResidenceStatus.ANY)) {
            reasons.add(Reason.fits("status.any", Map.of(), inferred));
        } else if (answer == null || answer == StatusAnswer.PREFER_NOT_TO_SAY) {
            reasons.add(Reason.missing("status.required", "status", params, inferred));
        } else {
            Set<ResidenceStatus> held = held(answer);
            ResidenceStatus match = offer.statuses().stream().filter(held::contains).findFirst().orElse(null);
            if (match != null) {
                reasons.add(Reason.fits("status.matches", Map.of("status", match.code()), inferred));
            } else if (answer == StatusAnswer.RESIDENCE_PERMIT
                    && offer.statuses().contains(ResidenceStatus.WORK_AUTHORISED)) {
                reasons.add(Reason.missing("status.work-authorisation", "workAuthorisation", params, inferred));
            } else {
                reasons.add(Reason.fails("status.not-covered", params, inferred));
            }
        }
    }

    private static void age(OfferFacts offer, NeedsProfile person, List<Reason> reasons) {
        if (offer.minAge() == null && offer.maxAge() == null) {
            return;
        }
        boolean inferred = offer.isInferred("eligibility.minAge") || offer.isInferred("eligibility.maxAge");
        int min = offer.minAge() == null ? 0 : offer.minAge();
        int max = offer.maxAge() == null ? 120 : offer.maxAge();
        Map<String, Object> params = bounds(offer.minAge(), offer.maxAge());
        Integer low = person.age() != null ? person.age() : person.ageBand() == null ? null : person.ageBand().min;
        Integer high = person.age() != null ? person.age() : person.ageBand() == null ? null : person.ageBand().max;
        if (low == null) {
            reasons.add(Reason.missing("age.range", "age", params, inferred));
        } else if (low >= min && high <= max) {
            reasons.add(Reason.fits("age.range", params, inferred));
        } else if (high < min || low > max) {
            reasons.add(Reason.fails("age.range", params, inferred));
        } else {
            reasons.add(Reason.missing("age.range", "age", params, inferred));
        }
    }

    private static void french(OfferFacts offer, CefrLevel level, List<Reason> reasons) {
        boolean inferred = offer.isInferred("eligibility.minCefr") || offer.isInferred("eligibility.maxCefr");
        if (offer.minCefr() != null || offer.maxCefr() != null) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("min", offer.minCefr() == null ? null : offer.minCefr().code());
            params.put("max", offer.maxCefr() == null ? null : offer.maxCefr().code());
            if (level == null) {
                reasons.add(Reason.missing("french.range", "frenchLevel", params, inferred));
            } else if (offer.minCefr() != null && level.compareTo(offer.minCefr()) < 0) {
                reasons.add(Reason.fails("french.below-min", params, inferred));
            } else if (offer.maxCefr() != null && level.compareTo(offer.maxCefr()) > 0) {
                reasons.add(Reason.fails("french.above-max", params, inferred));
            } else {
                reasons.add(Reason.fits("french.range", params, inferred));
            }
        }
        if (offer.targetCefr() != null && level != null && level.compareTo(offer.targetCefr()) >= 0) {
            reasons.add(Reason.info("french.already-at-target", Map.of("target", offer.targetCefr().code()), false));
        }
    }

    private static void gender(OfferFacts offer, NeedsProfile.Gender gender, List<Reason> reasons) {
        if (offer.genders().isEmpty()) {
            return;
        }
        Map<String, Object> params = Map.of("genders", List.copyOf(new TreeSet<>(offer.genders())));
        if (gender == null) {
            reasons.add(Reason.missing("gender.only", "gender", params, false));
        } else if (offer.genders().contains(gender.code())) {
            reasons.add(Reason.fits("gender.only", params, false));
        } else {
            reasons.add(Reason.fails("gender.only", params, false));
        }
    }

    private static void household(OfferFacts offer, NeedsProfile.Household household, List<Reason> reasons) {
        if (offer.household() == null || offer.household() == Household.ANY) {
            return;
        }
        boolean inferred = offer.isInferred("eligibility.household");
        Map<String, Object> params = Map.of("household", offer.household().code());
        if (household == null) {
            reasons.add(Reason.missing("household.only", "household", params, inferred));
        } else if (household.code().equals(offer.household().code())) {
            reasons.add(Reason.fits("household.only", params, inferred));
        } else {
            reasons.add(Reason.fails("household.only", params, inferred));
        }
    }

    private static void criteria(OfferFacts offer, List<String> declared, List<Reason> reasons) {
        Set<String> person = declared == null ? Set.of() : Set.copyOf(declared);
        for (String criterion : new TreeSet<>(offer.specialCriteria())) {
            boolean has = person.contains(criterion) || "elderly-or-disability".equals(criterion)
                    && (person.contains("elderly") || person.contains("disability"));
            Map<String, Object> params = Map.of("criterion", criterion);
            if (has) {
                reasons.add(Reason.fits("criterion.declared", params, false));
            } else {
                reasons.add(Reason.missing("criterion.required", "criterion:" + criterion, params, false));
            }
        }
    }

    private static void territory(OfferFacts offer, String city, Place home, List<Reason> reasons) {
        Place where = offer.place();
        boolean inferred = offer.isInferred("territory");
        if (where.isNational()) {
            reasons.add(Reason.info("territory.national", Map.of(), inferred));
            return;
        }
        String level = where.city() != null ? "city" : where.department() != null ? "department" : "region";
        String area = where.city() != null ? where.city() : where.department() != null ? where.department()
                : where.region();
        Map<String, Object> params = Map.of("level", level, "area", area);
        if (city == null || city.isBlank()) {
            reasons.add(Reason.missing("territory.local", "city", params, inferred));
            return;
        }
        String personArea = switch (level) {
            case "city" -> city;
            case "department" -> home == null ? null : home.department();
            default -> home == null ? null : home.region();
        };
        if (personArea == null) {
            // A city the gazetteer does not know: its department and region cannot be told.
            reasons.add(Reason.missing("territory.local", "city", params, inferred));
        } else if (Place.sameArea(area, personArea)) {
            reasons.add(Reason.fits("territory.local", params, inferred));
        } else {
            reasons.add(Reason.fails("territory.elsewhere", params, inferred));
        }
    }

    private static void access(OfferFacts offer, List<Reason> reasons) {
        boolean inferred = offer.isInferred("access.mode");
        AccessMode mode = offer.accessMode();
        if (mode == null) {
            reasons.add(Reason.info("access.ask", Map.of(), false));
            return;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        if (mode == AccessMode.COMMITTEE && offer.committeeMinWeeks() != null) {
            params.put("minWeeks", offer.committeeMinWeeks());
            params.put("maxWeeks", offer.committeeMaxWeeks());
        }
        if (mode == AccessMode.PROFESSIONAL_REFERRAL && !offer.referrerKinds().isEmpty()) {
            params.put("referrers", List.copyOf(new TreeSet<>(offer.referrerKinds())));
        }
        reasons.add(Reason.info("access." + mode.code(), params, inferred));
    }

    /** "Open now until 17:00" when a permanence is on; "hours not known" when the sources give none. */
    private static void hours(OfferFacts offer, java.time.Instant now, List<Reason> reasons) {
        if (offer.hours().isEmpty()) {
            reasons.add(Reason.info("hours.not-known", Map.of(), false));
            return;
        }
        for (var hours : offer.hours()) {
            var until = hours.openUntil(now);
            if (until.isPresent()) {
                reasons.add(Reason.info("hours.open-now", Map.of("until", until.get().toString(),
                        "illustrative", hours.illustrative()), false));
                return;
            }
        }
        reasons.add(Reason.info("hours.closed-now", Map.of("illustrative",
                offer.hours().stream().anyMatch(org.passerelle.catalogue.OpeningHours.Hours::illustrative)), false));
    }

    private static Map<String, Object> bounds(Integer min, Integer max) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("min", min);
        params.put("max", max);
        return params;
    }

    private static <E extends Enum<E> & Coded> List<String> codes(Set<E> values) {
        return values.stream().sorted().map(Coded::code).toList();
    }
}
