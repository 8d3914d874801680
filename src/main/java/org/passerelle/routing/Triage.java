package org.passerelle.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.catalogue.Taxonomy;
import org.passerelle.catalogue.WayIns;
import org.passerelle.common.api.Refs;
import org.passerelle.catalogue.vocabulary.CefrLevel;
import org.passerelle.common.http.QueryParams;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.problem.FieldErrors;
import org.passerelle.config.PasserelleConfig;
import org.passerelle.routing.EligibilityEngine.Person;
import org.passerelle.routing.api.NeedsProfile;
import org.passerelle.routing.api.TriagePlan;
import org.passerelle.routing.api.Verdict;

/**
 * Turns a needs profile into a personal plan: for each need, the safety net that applies, and the active
 * newcomer offers ranked by eligibility, then fit (made for what the person said), the need's own theme,
 * locality, ease of access, distance, open now, a shared language and the waiting list, spread across
 * organisations, each with its reasons. Language and work are offered side by side, never "French first,
 * work later" (docs/architecture.md rule 8). Nothing about the person is stored; unmet needs are counted.
 */
@ApplicationScoped
public class Triage {

    static final Set<String> WORK_THEMES = Set.of("employment", "training", "entrepreneurship");
    static final int NOT_ELIGIBLE_SHOWN = 5;

    private final RoutingSnapshot snapshot;
    private final UnmetNeeds unmetNeeds;
    private final PasserelleConfig config;

    public Triage(RoutingSnapshot snapshot, UnmetNeeds unmetNeeds, PasserelleConfig config) {
        this.snapshot = snapshot;
        this.unmetNeeds = unmetNeeds;
        this.config = config;
    }

    /**
     * An offer's rank keys for one person and need, computed once (a selection compares each many times).
     * The reasons are built afterwards, only for the offers shown.
     */
    static final class Ranked implements Comparable<Ranked> {
        final PreparedOffer offer;
        final Verdict verdict;
        final int criteriaFit;
        final int factFit;
        final int doubt;
        final int primaryRank;
        final double distanceKm;
        final int openRank;
        final int languageRank;
        final int capacityRank;

        Ranked(PreparedOffer offer, Verdict verdict, int[] fit, boolean primary, double distanceKm, boolean open,
                boolean speaks, java.time.Instant now) {
            this.capacityRank = offer.capacityRank(now);
            this.offer = offer;
            this.verdict = verdict;
            this.criteriaFit = fit[0];
            this.factFit = fit[1];
            this.doubt = fit[2];
            this.primaryRank = primary ? 0 : 1;
            this.distanceKm = distanceKm;
            this.openRank = open ? 0 : 1;
            this.languageRank = speaks ? 0 : 1;
        }

        /**
         * Eligible before maybe; then an offer made for a special criterion the person declared; the
         * need's own theme before a side theme; an offer made for the person's status, age, French level,
         * gender or household before a generic one; fewer facts left to check; a local offer before a
         * network's branch, before a remote service, before an unknown place;
         * then ease of access, distance (unknown last), open now, a shared language, no waiting list, no recent
         * declines for lack of capacity.
         * The last tie is broken by the offer's id, which says nothing about relevance (never the
         * alphabet). The spread across organisations is applied to the sorted list ({@link #spread}).
         */
        @Override
        public int compareTo(Ranked other) {
            int c = Integer.compare(verdict.ordinal(), other.verdict.ordinal());
            if (c == 0) {
                c = Integer.compare(other.criteriaFit, criteriaFit);
            }
            if (c == 0) {
                c = Integer.compare(primaryRank, other.primaryRank);
            }
            if (c == 0) {
                c = Integer.compare(other.factFit, factFit);
            }
            if (c == 0) {
                c = Integer.compare(doubt, other.doubt);
            }
            if (c == 0) {
                c = Integer.compare(offer.localityRank, other.offer.localityRank);
            }
            if (c == 0) {
                c = Integer.compare(offer.accessRank, other.offer.accessRank);
            }
            if (c == 0) {
                c = Double.compare(distanceKm, other.distanceKm);
            }
            if (c == 0) {
                c = Integer.compare(openRank, other.openRank);
            }
            if (c == 0) {
                c = Integer.compare(languageRank, other.languageRank);
            }
            if (c == 0) {
                c = Integer.compare(offer.waitingRank, other.offer.waitingRank);
            }
            if (c == 0) {
                c = Integer.compare(capacityRank, other.capacityRank);
            }
            return c != 0 ? c : offer.facts.id().compareTo(other.offer.facts.id());
        }

        /** Made for this need (its primary theme), or made for what the person declared. */
        boolean relevant() {
            return verdict == Verdict.ELIGIBLE && (primaryRank == 0 || criteriaFit > 0);
        }
    }

    /** The best offers of one need: the first {@code limit} that may fit, the first few that do not. */
    private record Selection(List<Ranked> offers, List<Ranked> notEligible, boolean anyRelevant) {
    }

    /** At most this many offers of one organisation among the first {@link #SPREAD_WINDOW}. */
    static final int PER_ORGANIZATION = 2;
    static final int SPREAD_WINDOW = 5;

    public TriagePlan plan(NeedsProfile profile, String limitParam, boolean replay, LanguageSelection languages) {
        RoutingSnapshot.View view = snapshot.view();
        Taxonomy taxonomy = view.taxonomy();
        FieldErrors errors = new FieldErrors();
        int limit = QueryParams.intParam("limit", limitParam, config.routing().offersPerNeed(), 1, 100, errors);
        for (int i = 0; i < profile.needs().size(); i++) {
            String need = profile.needs().get(i);
            if (!taxonomy.hasDomain(need) && !taxonomy.hasTheme(need)) {
                errors.add("needs[" + i + "]", "must be a kiosk domain or a theme code (see GET /api/v1/themes)");
            }
        }
        errors.throwIfAny();

        // The town and the postcode place the person (docs/architecture.md §7, territory): one commune, several
        // (an ambiguous name: the rules read only what they share, and the plan says so), or none.
        Gazetteer.Located where = view.gazetteer().locate(profile.city(), profile.postcode());
        Person person = Person.placed(profile, where, java.time.Instant.now());
        Groups byGroup = new Groups(view.rulesGroups());
        String area = where != null && where.region() != null ? where.region() : "unknown";
        List<TriagePlan.NeedPlan> needs = new ArrayList<>();
        for (String need : new LinkedHashSet<>(profile.needs())) {
            Set<String> themes = themesOf(need, taxonomy);
            Selection selection = select(view.candidates(need, person), person, themes, byGroup, limit,
                    NOT_ELIGIBLE_SHOWN);
            if (!selection.anyRelevant() && !replay) {
                unmetNeeds.count(need, area);
            }
            needs.add(new TriagePlan.NeedPlan(need, themes.stream().sorted().toList(), !selection.anyRelevant(),
                    SafetyNet.forNeed(themes, person, selection.anyRelevant()),
                    planned(selection.offers(), person, themes, languages),
                    planned(selection.notEligible(), person, themes, languages)));
        }
        List<TriagePlan.Pathway> pathways = pathways(person, byGroup, view, taxonomy);
        RoutingSnapshot.Desk desk = view.desk();
        return new TriagePlan(needs, pathways, languages.served().get(0), Places.view(where),
                desk == null ? null : desk.at(person.now()));
    }

    /**
     * The outcome of the rules about the person, per rules group (offers with the same person-rule facts),
     * shared by the whole plan: the verdict and how many of the person's facts the group is made for.
     */
    private static final class Groups {
        final Verdict[] verdicts;
        /** Per group: criteria fit, fact fit, doubt (see EligibilityEngine.Tally). */
        final int[][] fits;

        Groups(int size) {
            verdicts = new Verdict[size];
            fits = new int[size][];
        }
    }

    /**
     * Ranks every candidate on its verdict and rank keys alone and keeps the best few in two bounded
     * heaps: O(n log k) for n candidates, and no reasons built for offers nobody will see. The rules
     * about the person run once per rules group ({@code byGroup}, shared by the whole plan); only
     * territory, hours and the need's own rules run per offer. An offer limited to another area is
     * skipped: the buckets leave most of them out already, and this catches the rest (a person known by
     * postcode only, say). The heap keeps more than {@code limit} so the spread across organisations has
     * others to bring forward.
     */
    private static Selection select(List<PreparedOffer> candidates, Person person, Set<String> needThemes,
            Groups byGroup, int limit, int notEligibleLimit) {
        int pool = limit + SPREAD_WINDOW * PER_ORGANIZATION;
        PriorityQueue<Ranked> fits = new PriorityQueue<>(pool + 1, java.util.Collections.reverseOrder());
        PriorityQueue<Ranked> fails = new PriorityQueue<>(notEligibleLimit + 1, java.util.Collections.reverseOrder());
        EligibilityEngine.Tally tally = EligibilityEngine.Tally.verdictOnly();
        boolean anyRelevant = false;
        for (PreparedOffer offer : candidates) {
            Verdict personal = byGroup.verdicts[offer.rulesGroup];
            if (personal == null) {
                tally.reset();
                EligibilityEngine.applyPersonRules(offer, person, tally);
                personal = tally.verdict();
                byGroup.verdicts[offer.rulesGroup] = personal;
                byGroup.fits[offer.rulesGroup] = new int[] { tally.criteriaFit(), tally.factFit(), tally.doubt() };
            }
            tally.reset();
            EligibilityEngine.applyPlaceAndTime(offer, person, tally);
            if (tally.verdict() == Verdict.NOT_ELIGIBLE) {
                continue; // limited to another area: not a near miss worth listing
            }
            EligibilityEngine.applyNeedRules(offer, person, needThemes, tally);
            Verdict verdict = personal.compareTo(tally.verdict()) >= 0 ? personal : tally.verdict();
            Ranked ranked = new Ranked(offer, verdict, byGroup.fits[offer.rulesGroup],
                    needThemes.contains(offer.facts.primaryTheme()), distance(person.home(), offer), tally.open(),
                    speaks(offer, person), person.now());
            anyRelevant |= ranked.relevant();
            keep(verdict == Verdict.NOT_ELIGIBLE ? fails : fits, ranked,
                    verdict == Verdict.NOT_ELIGIBLE ? notEligibleLimit : pool);
        }
        List<Ranked> shown = spread(sorted(fits));
        return new Selection(shown.subList(0, Math.min(limit, shown.size())), sorted(fails), anyRelevant);
    }

    /**
     * At most {@link #PER_ORGANIZATION} offers of one organisation among the first
     * {@link #SPREAD_WINDOW}, so five slots are not three variants of one body; an offer held back
     * keeps its place before any offer with a worse verdict.
     */
    static List<Ranked> spread(List<Ranked> sorted) {
        List<Ranked> out = new ArrayList<>(sorted.size());
        List<Ranked> held = new ArrayList<>();
        java.util.Map<java.util.UUID, Integer> count = new java.util.HashMap<>();
        for (Ranked r : sorted) {
            if (!held.isEmpty() && (out.size() >= SPREAD_WINDOW || held.get(0).verdict.compareTo(r.verdict) < 0)) {
                out.addAll(held);
                held.clear();
            }
            java.util.UUID org = r.offer.facts.organizationId();
            if (out.size() < SPREAD_WINDOW && count.getOrDefault(org, 0) >= PER_ORGANIZATION) {
                held.add(r);
                continue;
            }
            out.add(r);
            count.merge(org, 1, Integer::sum);
        }
        out.addAll(held);
        return out;
    }

    private static void keep(PriorityQueue<Ranked> heap, Ranked ranked, int size) {
        if (size <= 0) {
            return;
        }
        if (heap.size() < size) {
            heap.add(ranked);
        } else if (ranked.compareTo(heap.peek()) < 0) {
            heap.poll();
            heap.add(ranked);
        }
    }

    private static List<Ranked> sorted(PriorityQueue<Ranked> heap) {
        List<Ranked> list = new ArrayList<>(heap);
        java.util.Collections.sort(list);
        return list;
    }

    private static boolean speaks(PreparedOffer offer, Person person) {
        if (person.languages().isEmpty()) {
            return false;
        }
        for (String language : offer.facts.languages()) {
            if (person.languages().contains(language)) {
                return true;
            }
        }
        return false;
    }

    /** Great-circle distance rounded to 100 m; unknown sorts last. */
    private static double distance(Place home, PreparedOffer offer) {
        if (home == null || !home.hasCoordinates() || !offer.hasCoordinates) {
            return Double.POSITIVE_INFINITY;
        }
        double lat = Math.toRadians(home.latitude());
        double dLat = offer.latRad - lat;
        double dLon = offer.lonRad - Math.toRadians(home.longitude());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat) * offer.cosLat * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return Math.round(6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * 10) / 10.0;
    }

    private static Set<String> themesOf(String need, Taxonomy taxonomy) {
        return taxonomy.hasDomain(need) ? taxonomy.themesByDomain().get(need) : Set.of(need);
    }

    private static List<TriagePlan.PlannedOffer> planned(List<Ranked> ranked, Person person, Set<String> needThemes,
            LanguageSelection languages) {
        return ranked.stream().map(r -> {
            OfferFacts o = r.offer.facts;
            Assessment assessment = EligibilityEngine.assess(r.offer, person, needThemes);
            var name = languages.pick(o.names());
            return new TriagePlan.PlannedOffer(o.id(), o.slug(), name.map(n -> n.value().name()).orElse(o.slug()),
                    name.map(n -> n.lang()).orElse(null), name.map(n -> n.value().origin()).orElse(null),
                    new Refs.OrganizationRef(o.organizationId(), o.organizationSlug(), o.organizationName()),
                    o.accessMode(), assessment.verdict(), assessment.reasons(),
                    Double.isInfinite(r.distanceKm) ? null : r.distanceKm, r.offer.scope,
                    WayIns.view(o.wayIn(), languages, person.now()));
        }).toList();
    }

    /**
     * Language and work side by side for anyone looking for work whose French is below B1 or unknown;
     * legal support beside any social-economy (entrepreneurship) step (docs/architecture.md rule 8).
     */
    private List<TriagePlan.Pathway> pathways(Person person, Groups byGroup, RoutingSnapshot.View view,
            Taxonomy taxonomy) {
        NeedsProfile profile = person.profile();
        List<TriagePlan.Pathway> pathways = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        profile.needs().forEach(n -> asked.addAll(themesOf(n, taxonomy)));
        boolean work = asked.stream().anyMatch(WORK_THEMES::contains);
        boolean frenchToLearn = profile.frenchLevel() == null || profile.frenchLevel().compareTo(CefrLevel.B1) < 0;
        if (work && frenchToLearn) {
            Optional<OfferFacts> french = best(view, byGroup, Set.of("language"), person);
            Optional<OfferFacts> job = best(view, byGroup, Set.of("employment", "training"), person);
            if (french.isPresent() && job.isPresent()) {
                pathways.add(new TriagePlan.Pathway("work-and-french", List.of(
                        new TriagePlan.Step(1, "french", french.get().slug(), "pathway.step.french"),
                        new TriagePlan.Step(1, "work", job.get().slug(), "pathway.step.work"))));
            }
        }
        if (asked.contains("entrepreneurship")) {
            Optional<OfferFacts> venture = best(view, byGroup, Set.of("entrepreneurship"), person);
            Optional<OfferFacts> rights = best(view, byGroup, Set.of("rights"), person);
            if (venture.isPresent() && rights.isPresent()) {
                pathways.add(new TriagePlan.Pathway("social-economy-with-support", List.of(
                        new TriagePlan.Step(1, "work", venture.get().slug(), "pathway.step.venture"),
                        new TriagePlan.Step(1, "rights", rights.get().slug(), "pathway.step.rights"))));
            }
        }
        return pathways;
    }

    /** The best offer that may fit across these themes: the best of each theme's best, no union built. */
    private static Optional<OfferFacts> best(RoutingSnapshot.View view, Groups byGroup, Set<String> themes,
            Person person) {
        return themes.stream()
                .flatMap(t -> select(view.candidates(t, person), person, Set.of(t), byGroup, 1, 0).offers().stream())
                .min(Comparator.naturalOrder()).map(r -> r.offer.facts);
    }
}
