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
 * Turns a needs profile into a personal plan: for each need, the active newcomer offers ranked by
 * eligibility, then ease of access (walk-in before committee), distance, a shared language and the
 * waiting list, each with its reasons. Language and work are offered side by side, never "French first,
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
     * An offer's rank keys for one person, computed once (a selection compares each many times). The
     * reasons are built afterwards, only for the offers shown.
     */
    private static final class Ranked implements Comparable<Ranked> {
        final PreparedOffer offer;
        final Verdict verdict;
        final double distanceKm;
        final int openRank;
        final int languageRank;

        Ranked(PreparedOffer offer, Verdict verdict, double distanceKm, boolean open, boolean speaks) {
            this.offer = offer;
            this.verdict = verdict;
            this.distanceKm = distanceKm;
            this.openRank = open ? 0 : 1;
            this.languageRank = speaks ? 0 : 1;
        }

        /** Eligibility, ease of access, distance (unknown last), open now, a shared language, no waiting list. */
        @Override
        public int compareTo(Ranked other) {
            int c = Integer.compare(verdict.ordinal(), other.verdict.ordinal());
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
            return c != 0 ? c : offer.facts.slug().compareTo(other.offer.facts.slug());
        }
    }

    /** The best offers of one need: the first {@code limit} that may fit, the first few that do not. */
    private record Selection(List<Ranked> offers, List<Ranked> notEligible, boolean anyEligible) {
    }

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

        // The city places the person best; a postcode alone still gives the department and region.
        Place home = view.gazetteer().find(profile.city())
                .or(() -> view.gazetteer().findPostcode(profile.postcode())).orElse(null);
        Person person = Person.of(profile, home, java.time.Instant.now());
        Verdict[] byGroup = new Verdict[view.rulesGroups()];
        String area = home != null ? home.region() : "unknown";
        List<TriagePlan.NeedPlan> needs = new ArrayList<>();
        for (String need : new LinkedHashSet<>(profile.needs())) {
            Selection selection = select(view.candidates(need, person), person, byGroup, limit, NOT_ELIGIBLE_SHOWN);
            if (!selection.anyEligible() && !replay) {
                unmetNeeds.count(need, area);
            }
            needs.add(new TriagePlan.NeedPlan(need, themesOf(need, taxonomy).stream().sorted().toList(),
                    !selection.anyEligible(), planned(selection.offers(), person, languages),
                    planned(selection.notEligible(), person, languages)));
        }
        List<TriagePlan.Pathway> pathways = pathways(person, byGroup, view, taxonomy);
        return new TriagePlan(needs, pathways, languages.served().get(0));
    }

    /**
     * Ranks every candidate on its verdict and rank keys alone and keeps the best few in two bounded
     * heaps: O(n log k) for n candidates, and no reasons built for offers nobody will see. The rules
     * about the person run once per rules group ({@code byGroup}, shared by the whole plan); only
     * territory and hours run per offer. An offer limited to another area is skipped: the buckets leave
     * most of them out already, and this catches the rest (a person known by postcode only, say).
     */
    private static Selection select(List<PreparedOffer> candidates, Person person, Verdict[] byGroup, int limit,
            int notEligibleLimit) {
        PriorityQueue<Ranked> fits = new PriorityQueue<>(limit + 1, java.util.Collections.reverseOrder());
        PriorityQueue<Ranked> fails = new PriorityQueue<>(notEligibleLimit + 1, java.util.Collections.reverseOrder());
        EligibilityEngine.Tally tally = EligibilityEngine.Tally.verdictOnly();
        boolean anyEligible = false;
        for (PreparedOffer offer : candidates) {
            Verdict personal = byGroup[offer.rulesGroup];
            if (personal == null) {
                tally.reset();
                EligibilityEngine.applyPersonRules(offer, person, tally);
                personal = tally.verdict();
                byGroup[offer.rulesGroup] = personal;
            }
            tally.reset();
            EligibilityEngine.applyPlaceAndTime(offer, person, tally);
            if (tally.verdict() == Verdict.NOT_ELIGIBLE) {
                continue; // limited to another area: not a near miss worth listing
            }
            Verdict verdict = personal.compareTo(tally.verdict()) >= 0 ? personal : tally.verdict();
            anyEligible |= verdict == Verdict.ELIGIBLE;
            Ranked ranked = new Ranked(offer, verdict, distance(person.home(), offer), tally.open(),
                    speaks(offer, person));
            keep(verdict == Verdict.NOT_ELIGIBLE ? fails : fits, ranked,
                    verdict == Verdict.NOT_ELIGIBLE ? notEligibleLimit : limit);
        }
        return new Selection(sorted(fits), sorted(fails), anyEligible);
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

    private static List<TriagePlan.PlannedOffer> planned(List<Ranked> ranked, Person person,
            LanguageSelection languages) {
        return ranked.stream().map(r -> {
            OfferFacts o = r.offer.facts;
            Assessment assessment = EligibilityEngine.assess(r.offer, person);
            String name = languages.text(o.names());
            return new TriagePlan.PlannedOffer(o.id(), o.slug(), name == null ? o.slug() : name,
                    new Refs.OrganizationRef(o.organizationId(), o.organizationSlug(), o.organizationName()),
                    o.accessMode(), assessment.verdict(), assessment.reasons(),
                    Double.isInfinite(r.distanceKm) ? null : r.distanceKm);
        }).toList();
    }

    /**
     * Language and work side by side for anyone looking for work whose French is below B1 or unknown;
     * legal support beside any social-economy (entrepreneurship) step (docs/architecture.md rule 8).
     */
    private List<TriagePlan.Pathway> pathways(Person person, Verdict[] byGroup, RoutingSnapshot.View view,
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
    private static Optional<OfferFacts> best(RoutingSnapshot.View view, Verdict[] byGroup, Set<String> themes,
            Person person) {
        return themes.stream()
                .flatMap(t -> select(view.candidates(t, person), person, byGroup, 1, 0).offers().stream())
                .min(Comparator.naturalOrder()).map(r -> r.offer.facts);
    }
}
