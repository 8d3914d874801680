package org.passerelle.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.routing.Offers.offer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.TerritoryScope;
import org.passerelle.routing.Offers.OfferBuilder;
import org.passerelle.routing.api.Verdict;

/**
 * The ranking order of a plan, key by key, on synthetic offers (no Quarkus boot): each test builds two
 * offers that differ in one key only, and the better one must come first whatever the input order.
 */
class RankingTest {

    private static final Set<String> LANGUAGE_NEED = Set.of("language");

    /** {criteria fit, fact fit, doubt} of the person rules. */
    private static int[] fit(int criteria, int facts, int doubt) {
        return new int[] { criteria, facts, doubt };
    }

    private static Triage.Ranked ranked(OfferBuilder offer, Verdict verdict, int[] fit) {
        return ranked(offer, verdict, fit, Double.POSITIVE_INFINITY, false, false);
    }

    private static Triage.Ranked ranked(OfferBuilder offer, Verdict verdict, int[] fit, double km, boolean open,
            boolean speaks) {
        PreparedOffer prepared = offer.prepared();
        return new Triage.Ranked(prepared, verdict, fit, LANGUAGE_NEED.contains(prepared.facts.primaryTheme()), km,
                open, speaks, Offers.NOW);
    }

    private static void assertFirst(Triage.Ranked better, Triage.Ranked worse) {
        for (List<Triage.Ranked> order : List.of(List.of(better, worse), List.of(worse, better))) {
            List<Triage.Ranked> sorted = new ArrayList<>(order);
            Collections.sort(sorted);
            assertEquals(better.offer.facts.slug(), sorted.get(0).offer.facts.slug());
        }
    }

    @Test
    void shouldPutEligibleBeforeMaybeWhateverElse() {
        assertFirst(ranked(offer().slug("eligible").themes("housing"), Verdict.ELIGIBLE, fit(0, 0, 0)),
                ranked(offer().slug("maybe"), Verdict.MAYBE, fit(2, 3, 0)));
    }

    @Test
    void shouldPutAnOfferMadeForADeclaredCriterionBeforeOneOfTheNeedsOwnTheme() {
        assertFirst(ranked(offer().slug("for-lgbtqi").themes("housing", "language"), Verdict.ELIGIBLE, fit(1, 0, 0)),
                ranked(offer().slug("generic"), Verdict.ELIGIBLE, fit(0, 0, 0)));
    }

    @Test
    void shouldPutTheNeedsOwnThemeBeforeASideTheme() {
        // A sports club that also mentions work does not lead a work plan (the "work in Lyon" case).
        assertFirst(ranked(offer().slug("own-theme"), Verdict.ELIGIBLE, fit(0, 0, 0)),
                ranked(offer().slug("side-theme").themes("culture-sport-leisure", "language"), Verdict.ELIGIBLE,
                        fit(0, 2, 0)));
    }

    @Test
    void shouldPutAnOfferMadeForThePersonsFactsBeforeAGenericOne() {
        assertFirst(ranked(offer().slug("for-their-age-and-status"), Verdict.ELIGIBLE, fit(0, 2, 0)),
                ranked(offer().slug("generic"), Verdict.ELIGIBLE, fit(0, 0, 0)));
    }

    @Test
    void shouldPutFewerFactsToCheckFirstAmongMaybes() {
        assertFirst(ranked(offer().slug("only-the-place-unknown"), Verdict.MAYBE, fit(0, 0, 0)),
                ranked(offer().slug("needs-an-undeclared-criterion"), Verdict.MAYBE, fit(0, 0, 2)));
    }

    @Test
    void shouldPutLocalBeforeNetworkBeforeRemoteBeforeUnknown() {
        List<TerritoryScope> order = List.of(TerritoryScope.LOCAL, TerritoryScope.NATIONAL_NETWORK,
                TerritoryScope.NATIONAL_REMOTE, TerritoryScope.UNKNOWN);
        for (int i = 0; i + 1 < order.size(); i++) {
            assertFirst(ranked(offer().slug("a-" + order.get(i).code()).scope(order.get(i)), Verdict.ELIGIBLE,
                    fit(0, 0, 0)), ranked(offer().slug("b-" + order.get(i + 1).code()).scope(order.get(i + 1)),
                            Verdict.ELIGIBLE, fit(0, 0, 0)));
        }
    }

    @Test
    void shouldThenPreferEasierAccessNearerOpenNowASharedLanguageAndNoWaitingList() {
        assertFirst(ranked(offer().slug("walk-in").access(AccessMode.WALK_IN), Verdict.ELIGIBLE, fit(0, 0, 0)),
                ranked(offer().slug("committee").access(AccessMode.COMMITTEE), Verdict.ELIGIBLE, fit(0, 0, 0)));
        assertFirst(ranked(offer().slug("near"), Verdict.ELIGIBLE, fit(0, 0, 0), 2, false, false),
                ranked(offer().slug("far"), Verdict.ELIGIBLE, fit(0, 0, 0), 40, false, false));
        assertFirst(ranked(offer().slug("open"), Verdict.ELIGIBLE, fit(0, 0, 0), 5, true, false),
                ranked(offer().slug("closed"), Verdict.ELIGIBLE, fit(0, 0, 0), 5, false, false));
        assertFirst(ranked(offer().slug("speaks"), Verdict.ELIGIBLE, fit(0, 0, 0), 5, false, true),
                ranked(offer().slug("does-not"), Verdict.ELIGIBLE, fit(0, 0, 0), 5, false, false));
        assertFirst(ranked(offer().slug("no-wait").waitingList(false), Verdict.ELIGIBLE, fit(0, 0, 0)),
                ranked(offer().slug("waiting-list").waitingList(true), Verdict.ELIGIBLE, fit(0, 0, 0)));
    }

    @Test
    void shouldNeverBreakATieByTheAlphabet() {
        // Two offers equal on every key: the order follows their ids, whatever their slugs say.
        Triage.Ranked a = ranked(offer().slug("aaa"), Verdict.ELIGIBLE, fit(0, 0, 0));
        Triage.Ranked z = ranked(offer().slug("zzz"), Verdict.ELIGIBLE, fit(0, 0, 0));
        boolean idOrder = a.offer.facts.id().compareTo(z.offer.facts.id()) < 0;
        assertEquals(idOrder, a.compareTo(z) < 0);
    }

    @Test
    void shouldShowAtMostTwoOffersOfOneOrganisationAmongTheFirstFive() {
        List<Triage.Ranked> sorted = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            sorted.add(ranked(offer().slug("complaint-body-" + i).organization("complaint body"), Verdict.ELIGIBLE,
                    fit(0, 0, 0)));
        }
        sorted.add(ranked(offer().slug("other-1").organization("other 1"), Verdict.ELIGIBLE, fit(0, 0, 0)));
        sorted.add(ranked(offer().slug("other-2").organization("other 2"), Verdict.ELIGIBLE, fit(0, 0, 0)));
        List<String> shown = Triage.spread(sorted).stream().map(r -> r.offer.facts.slug()).toList();
        assertEquals(List.of("complaint-body-1", "complaint-body-2", "other-1", "other-2", "complaint-body-3",
                "complaint-body-4"), shown);
    }

    @Test
    void shouldNotLetTheSpreadPutAMaybeBeforeAnEligibleOffer() {
        List<Triage.Ranked> sorted = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            sorted.add(ranked(offer().slug("body-" + i).organization("body"), Verdict.ELIGIBLE, fit(0, 0, 0)));
        }
        sorted.add(ranked(offer().slug("maybe-elsewhere").organization("other"), Verdict.MAYBE, fit(0, 0, 0)));
        List<String> shown = Triage.spread(sorted).stream().map(r -> r.offer.facts.slug()).toList();
        assertEquals(List.of("body-1", "body-2", "body-3", "maybe-elsewhere"), shown);
    }
}
