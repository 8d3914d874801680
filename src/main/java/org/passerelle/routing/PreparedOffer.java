package org.passerelle.routing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.Household;
import org.passerelle.catalogue.vocabulary.ResidenceStatus;
import org.passerelle.catalogue.vocabulary.TerritoryScope;
import org.passerelle.common.text.Keys;
import org.passerelle.routing.api.Reason;

/**
 * One offer with everything the rules need that does not depend on the person, computed once per
 * snapshot: reason parameters, "inferred" flags, area keys, coordinates in radians, rank keys. Triage
 * assesses thousands of offers per plan on a national catalogue, so per-offer work is kept to
 * comparisons (see {@link EligibilityEngine}).
 */
final class PreparedOffer {

    private static final Map<ResidenceStatus, Map<String, Object>> STATUS_MATCH = new EnumMap<>(ResidenceStatus.class);

    static {
        for (ResidenceStatus status : ResidenceStatus.values()) {
            STATUS_MATCH.put(status, Map.of("status", status.code()));
        }
    }

    private static final List<String> LEVEL_NAMES = List.of("national", "region", "department", "city");

    final OfferFacts facts;

    /**
     * Offers with the same person-rule facts (statuses, age and French bounds, genders, household,
     * criteria) share a group and so a verdict on those rules; the snapshot numbers the groups.
     */
    final List<Object> rulesKey;
    int rulesGroup;

    final EnumSet<ResidenceStatus> statuses;
    /** The offer's statuses in a fixed order, so "status.matches" names the same one every time. */
    final List<ResidenceStatus> statusOrder;
    final Map<String, Object> statusParams;
    final boolean statusInferred;

    final Map<String, Object> ageParams;
    final boolean ageInferred;

    final Map<String, Object> frenchParams;
    final Map<String, Object> targetParams;
    final boolean frenchInferred;

    final Map<String, Object> genderParams;

    final Map<String, Object> householdParams;
    final boolean householdInferred;

    final List<String> criteria;
    final List<Map<String, Object>> criteriaParams;

    static final int NATIONAL = 0;
    static final int REGION = 1;
    static final int DEPARTMENT = 2;
    static final int CITY = 3;

    /** NATIONAL, REGION, DEPARTMENT or CITY: the narrowest level the offer names. */
    final int territoryLevel;
    final Map<String, Object> territoryParams;
    /** The keys of the offer's area ("Gard / Hérault" gives two). */
    final Set<String> areaKeys;
    /** The offer's department and region keys, which can rule it out when the person's city is unknown. */
    final Set<String> departmentKeys;
    final Set<String> regionKeys;
    final boolean territoryInferred;

    final TerritoryScope scope;
    /** A local offer before a network's branch, a branch before a remote service, an unknown place last. */
    final int localityRank;

    /** A housing offer: a minor alone is sent to child protection, not to an adult residence. */
    final boolean housing;
    /** Made for children only (an upper age under 18). */
    final boolean forChildren;
    /** Says it takes minors (a lower age under 18, or for unaccompanied minors). */
    final boolean takesMinors;
    /** Made for adults only (a lower age of 18 or more): not a school for a child. */
    final boolean adultsOnly;

    final Reason access;
    final int accessRank;
    final int waitingRank;
    /** Recent capacity declines (decaying; read at the plan's moment). */
    final Double capacitySignal;
    final java.time.Instant capacitySignalAt;

    final boolean hasCoordinates;
    final double latRad;
    final double lonRad;
    final double cosLat;

    PreparedOffer(OfferFacts o) {
        this.facts = o;
        this.statuses = o.statuses().isEmpty() ? EnumSet.noneOf(ResidenceStatus.class) : EnumSet.copyOf(o.statuses());
        this.statusOrder = List.copyOf(statuses);
        this.housing = o.themes().contains("housing");
        this.forChildren = o.maxAge() != null && o.maxAge() <= 17;
        this.takesMinors = o.minAge() != null && o.minAge() <= 17 || o.specialCriteria().contains("unaccompanied-minor");
        this.adultsOnly = o.minAge() != null && o.minAge() >= 18;
        this.rulesKey = java.util.Arrays.asList(statuses, o.minAge(), o.maxAge(), o.minCefr(), o.maxCefr(),
                Set.copyOf(o.genders()), o.household(), Set.copyOf(o.specialCriteria()), housing);
        this.statusParams = Map.of("statuses", statusOrder.stream().map(ResidenceStatus::code).toList());
        this.statusInferred = o.isInferred("eligibility.statuses");

        this.ageParams = nullable("min", o.minAge(), "max", o.maxAge());
        this.ageInferred = o.isInferred("eligibility.minAge") || o.isInferred("eligibility.maxAge");

        this.frenchParams = nullable("min", o.minCefr() == null ? null : o.minCefr().code(),
                "max", o.maxCefr() == null ? null : o.maxCefr().code());
        this.targetParams = o.targetCefr() == null ? Map.of() : Map.of("target", o.targetCefr().code());
        this.frenchInferred = o.isInferred("eligibility.minCefr") || o.isInferred("eligibility.maxCefr");

        this.genderParams = Map.of("genders", List.copyOf(new TreeSet<>(o.genders())));

        this.householdParams = o.household() == null ? Map.of() : Map.of("household", o.household().code());
        this.householdInferred = o.isInferred("eligibility.household");

        this.criteria = List.copyOf(new TreeSet<>(o.specialCriteria()));
        List<Map<String, Object>> params = new ArrayList<>();
        criteria.forEach(c -> params.add(Map.of("criterion", c)));
        this.criteriaParams = List.copyOf(params);

        Place where = o.place();
        // No city, department or region: where the offer can be used is its scope (remote, network or
        // unknown), never "everywhere" by default (decision 0007); the rule reads it.
        this.scope = o.scope() == null ? TerritoryScope.UNKNOWN : o.scope();
        this.localityRank = localityRank(scope);
        this.territoryLevel = where.isNational() ? NATIONAL
                : where.city() != null ? CITY : where.department() != null ? DEPARTMENT : REGION;
        String area = where.city() != null ? where.city() : where.department() != null ? where.department()
                : where.region();
        this.territoryParams = territoryLevel == NATIONAL ? Map.of()
                : Map.of("level", LEVEL_NAMES.get(territoryLevel), "area", area);
        this.areaKeys = keys(area);
        this.departmentKeys = keys(where.department());
        this.regionKeys = keys(where.region());
        this.territoryInferred = o.isInferred("territory");

        this.access = accessReason(o);
        this.accessRank = accessRank(o.accessMode());
        this.waitingRank = Boolean.TRUE.equals(o.waitingList()) ? 1 : 0;
        this.capacitySignal = o.capacitySignal();
        this.capacitySignalAt = o.capacitySignalAt();

        this.hasCoordinates = where.hasCoordinates();
        this.latRad = hasCoordinates ? Math.toRadians(where.latitude()) : 0;
        this.lonRad = hasCoordinates ? Math.toRadians(where.longitude()) : 0;
        this.cosLat = Math.cos(latRad);
    }

    /** 1 when partners recently declined referrals to it for lack of capacity, else 0. */
    int capacityRank(java.time.Instant now) {
        return org.passerelle.catalogue.CapacitySignal.decayed(capacitySignal, capacitySignalAt, now,
                org.passerelle.catalogue.CapacitySignal.HALF_LIFE) >= org.passerelle.catalogue.CapacitySignal.RANKING_THRESHOLD
                        ? 1 : 0;
    }

    boolean restrictsHousehold() {
        return facts.household() != null && facts.household() != Household.ANY;
    }

    static Map<String, Object> statusMatch(ResidenceStatus status) {
        return STATUS_MATCH.get(status);
    }

    static int localityRank(TerritoryScope scope) {
        return switch (scope) {
            case LOCAL -> 0;
            case NATIONAL_NETWORK -> 1;
            case NATIONAL_REMOTE -> 2;
            case UNKNOWN -> 3;
        };
    }

    /** Walk-in first, committee last; an unknown mode sits in the middle ("ask how to get in"). */
    static int accessRank(AccessMode mode) {
        if (mode == null) {
            return 2;
        }
        return switch (mode) {
            case WALK_IN -> 0;
            case SELF_REFERRAL -> 1;
            case PROFESSIONAL_REFERRAL -> 3;
            case COMMITTEE -> 4;
        };
    }

    /** The same for every person: how to get in. */
    private static Reason accessReason(OfferFacts offer) {
        AccessMode mode = offer.accessMode();
        if (mode == null) {
            return Reason.info("access.ask", Map.of(), false);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        if (mode == AccessMode.COMMITTEE && offer.committeeMinWeeks() != null) {
            params.put("minWeeks", offer.committeeMinWeeks());
            params.put("maxWeeks", offer.committeeMaxWeeks());
        }
        if (mode == AccessMode.PROFESSIONAL_REFERRAL && !offer.referrerKinds().isEmpty()) {
            params.put("referrers", List.copyOf(new TreeSet<>(offer.referrerKinds())));
        }
        return Reason.info("access." + mode.code(), java.util.Collections.unmodifiableMap(params),
                offer.isInferred("access.mode"));
    }

    /** Ordered parameters whose values may be null (Map.of refuses null). */
    private static Map<String, Object> nullable(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(k1, v1);
        params.put(k2, v2);
        return java.util.Collections.unmodifiableMap(params);
    }

    /**
     * The keys of an area as the catalogue writes it: several places split on "/", each folded as the
     * gazetteer folds names ({@link Keys#placeKey}), and a bracketed qualifier also read without it
     * ("Bordeaux (métropole)" serves Bordeaux; "Auvergne-Rhône-Alpes (antenne de Lyon)" is that region).
     */
    static Set<String> keys(String area) {
        if (area == null) {
            return Set.of();
        }
        Set<String> keys = new java.util.HashSet<>();
        for (String part : area.split("/")) {
            java.util.Optional.ofNullable(Keys.placeKey(part)).ifPresent(keys::add);
            java.util.Optional.ofNullable(Keys.placeKey(BRACKETS.matcher(part).replaceAll(" "))).ifPresent(keys::add);
        }
        return Set.copyOf(keys);
    }

    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("\\([^)]*\\)");
}
