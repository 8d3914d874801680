package org.passerelle.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.passerelle.catalogue.Taxonomy;
import org.passerelle.catalogue.api.Refs;
import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.CefrLevel;
import org.passerelle.common.http.QueryParams;
import org.passerelle.common.i18n.LanguageSelection;
import org.passerelle.common.problem.FieldErrors;
import org.passerelle.config.PasserelleConfig;
import org.passerelle.routing.api.NeedsProfile;
import org.passerelle.routing.api.TriagePlan;
import org.passerelle.routing.api.Verdict;

/**
 * Turns a needs profile into a personal plan: for each need, the active newcomer offers ranked by
 * eligibility, then ease of access (walk-in before committee), distance, a shared language and the
 * waiting list, each with its reasons. Language and work are offered side by side, never "French first,
 * work later" (design.md rule 8). Nothing about the person is stored; unmet needs are counted.
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

    /** Who the plan is for: the profile, the home place if known, and one clock reading for the whole plan. */
    private record Person(NeedsProfile profile, Place home, java.time.Instant now) {
    }

    /** An assessed offer and its sort keys, computed once (a sort compares each many times). */
    private record Ranked(OfferFacts offer, Assessment assessment, Double distanceKm, int verdictRank,
            int accessRank, int openRank, int languageRank, int waitingRank) {
    }

    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::verdictRank)
            .thenComparingInt(Ranked::accessRank)
            .thenComparing(Ranked::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Ranked::openRank)
            .thenComparingInt(Ranked::languageRank)
            .thenComparingInt(Ranked::waitingRank)
            .thenComparing(r -> r.offer().slug());

    public TriagePlan plan(NeedsProfile profile, String limitParam, LanguageSelection languages) {
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

        Place home = view.gazetteer().find(profile.city()).orElse(null);
        Person person = new Person(profile, home, java.time.Instant.now());
        String area = home != null ? home.region() : "unknown";
        List<TriagePlan.NeedPlan> needs = new ArrayList<>();
        List<List<Ranked>> rankedByNeed = new ArrayList<>();
        for (String need : new LinkedHashSet<>(profile.needs())) {
            Set<String> themes = themesOf(need, taxonomy);
            List<Ranked> ranked = rank(candidates(view, themes, home), person);
            rankedByNeed.add(ranked);
            boolean unmet = ranked.stream().noneMatch(r -> r.assessment().verdict() == Verdict.ELIGIBLE);
            if (unmet) {
                unmetNeeds.count(need, area);
            }
            List<TriagePlan.PlannedOffer> offers = ranked.stream()
                    .filter(r -> r.assessment().verdict() != Verdict.NOT_ELIGIBLE)
                    .limit(limit).map(r -> planned(r, languages)).toList();
            List<TriagePlan.PlannedOffer> notEligible = ranked.stream()
                    .filter(r -> r.assessment().verdict() == Verdict.NOT_ELIGIBLE)
                    .limit(NOT_ELIGIBLE_SHOWN).map(r -> planned(r, languages)).toList();
            needs.add(new TriagePlan.NeedPlan(need, themes.stream().sorted().toList(), unmet, offers, notEligible));
        }
        List<TriagePlan.Pathway> pathways = pathways(person, view, taxonomy);
        return new TriagePlan(needs, pathways, languages.served().get(0));
    }

    /**
     * The offers worth assessing: those of the need's themes and, when the person's region is known,
     * national or in that region; offers elsewhere could only be "not eligible" for territory.
     */
    private static List<OfferFacts> candidates(RoutingSnapshot.View view, Set<String> themes, Place home) {
        List<OfferFacts> offers = view.withThemes(themes);
        if (home == null || home.region() == null) {
            return offers;
        }
        return offers.stream().filter(o -> o.place().region() == null || Place.sameArea(o.place().region(),
                home.region())).toList();
    }

    private List<Ranked> rank(List<OfferFacts> offers, Person person) {
        return offers.stream().map(o -> assess(o, person)).sorted(ORDER).toList();
    }

    private static Ranked assess(OfferFacts offer, Person person) {
        NeedsProfile profile = person.profile();
        Place home = person.home();
        Assessment assessment = EligibilityEngine.assess(offer, profile, home, person.now());
        boolean open = assessment.reasons().stream().anyMatch(x -> x.key().equals("hours.open-now"));
        boolean speaks = profile.languages() != null
                && offer.languages().stream().anyMatch(profile.languages()::contains);
        return new Ranked(offer, assessment, distance(home, offer.place()), assessment.verdict().ordinal(),
                accessRank(offer.accessMode()), open ? 0 : 1, speaks ? 0 : 1,
                Boolean.TRUE.equals(offer.waitingList()) ? 1 : 0);
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

    private static Double distance(Place home, Place offer) {
        return home != null && home.hasCoordinates() && offer.hasCoordinates()
                ? Math.round(home.distanceKm(offer) * 10) / 10.0 : null;
    }

    private static Set<String> themesOf(String need, Taxonomy taxonomy) {
        return taxonomy.hasDomain(need) ? taxonomy.themesByDomain().get(need) : Set.of(need);
    }

    private static TriagePlan.PlannedOffer planned(Ranked r, LanguageSelection languages) {
        OfferFacts o = r.offer();
        String name = languages.text(o.names());
        return new TriagePlan.PlannedOffer(o.id(), o.slug(), name == null ? o.slug() : name,
                new Refs.OrganizationRef(o.organizationId(), o.organizationSlug(), o.organizationName()), o.accessMode(),
                r.assessment().verdict(), r.assessment().reasons(), r.distanceKm());
    }

    /**
     * Language and work side by side for anyone looking for work whose French is below B1 or unknown;
     * legal support beside any social-economy (entrepreneurship) step (design.md rule 8).
     */
    private List<TriagePlan.Pathway> pathways(Person person, RoutingSnapshot.View view, Taxonomy taxonomy) {
        NeedsProfile profile = person.profile();
        List<TriagePlan.Pathway> pathways = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        profile.needs().forEach(n -> asked.addAll(themesOf(n, taxonomy)));
        boolean work = asked.stream().anyMatch(WORK_THEMES::contains);
        boolean frenchToLearn = profile.frenchLevel() == null || profile.frenchLevel().compareTo(CefrLevel.B1) < 0;
        if (work && frenchToLearn) {
            Optional<OfferFacts> french = best(view, Set.of("language"), person);
            Optional<OfferFacts> job = best(view, Set.of("employment", "training"), person);
            if (french.isPresent() && job.isPresent()) {
                pathways.add(new TriagePlan.Pathway("work-and-french", List.of(
                        new TriagePlan.Step(1, "french", french.get().slug(), "pathway.step.french"),
                        new TriagePlan.Step(1, "work", job.get().slug(), "pathway.step.work"))));
            }
        }
        if (asked.contains("entrepreneurship")) {
            Optional<OfferFacts> venture = best(view, Set.of("entrepreneurship"), person);
            Optional<OfferFacts> rights = best(view, Set.of("rights"), person);
            if (venture.isPresent() && rights.isPresent()) {
                pathways.add(new TriagePlan.Pathway("social-economy-with-support", List.of(
                        new TriagePlan.Step(1, "work", venture.get().slug(), "pathway.step.venture"),
                        new TriagePlan.Step(1, "rights", rights.get().slug(), "pathway.step.rights"))));
            }
        }
        return pathways;
    }

    private Optional<OfferFacts> best(RoutingSnapshot.View view, Set<String> themes, Person person) {
        // One pass, no sort: only the best offer is wanted.
        return candidates(view, themes, person.home()).stream().map(o -> assess(o, person))
                .filter(r -> r.assessment().verdict() != Verdict.NOT_ELIGIBLE).min(ORDER).map(Ranked::offer);
    }
}
