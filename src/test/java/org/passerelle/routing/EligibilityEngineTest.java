package org.passerelle.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.routing.Offers.METZ;
import static org.passerelle.routing.Offers.MONTPELLIER;
import static org.passerelle.routing.Offers.NANCY;
import static org.passerelle.routing.Offers.NOW;
import static org.passerelle.routing.Offers.SAINT_DENIS_93;
import static org.passerelle.routing.Offers.SAINT_DENIS_974;
import static org.passerelle.routing.Offers.offer;
import static org.passerelle.routing.Offers.person;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.passerelle.catalogue.OpeningHours;
import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.CefrLevel;
import org.passerelle.catalogue.vocabulary.Household;
import org.passerelle.catalogue.vocabulary.ResidenceStatus;
import org.passerelle.catalogue.vocabulary.TerritoryScope;
import org.passerelle.routing.Offers.OfferBuilder;
import org.passerelle.routing.Offers.PersonBuilder;
import org.passerelle.routing.api.NeedsProfile;
import org.passerelle.routing.api.NeedsProfile.AgeBand;
import org.passerelle.routing.api.NeedsProfile.Gender;
import org.passerelle.routing.api.NeedsProfile.StatusAnswer;
import org.passerelle.routing.api.Reason;
import org.passerelle.routing.api.Reason.Effect;
import org.passerelle.routing.api.Verdict;

/**
 * The eligibility semantics of design.md §3b, one rule at a time, on synthetic offers and persons: plain
 * JUnit, no application boot (TriageTest keeps the end-to-end cases over HTTP on the demo catalogue).
 * Each test states the verdict and the exact reason (key, effect, missing fact, parameters, inferred).
 */
class EligibilityEngineTest {

    // -- residence status ---------------------------------------------------------------------------

    @Nested
    class Status {

        @ParameterizedTest
        @EnumSource(StatusAnswer.class)
        void anyMatchesEveryAnswer(StatusAnswer answer) {
            Assessment a = assess(offer(), person().status(answer));
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertReason(a, Reason.fits("status.any", Map.of(), false));
        }

        @Test
        void anyMatchesAPersonWhoGaveNoStatusAtAll() {
            Assessment a = assess(offer(), person());
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertReason(a, Reason.fits("status.any", Map.of(), false));
        }

        @Test
        void aResettledRefugeeIsARefugee() {
            Assessment a = assess(offer().statuses(ResidenceStatus.REFUGEE),
                    person().status(StatusAnswer.RESETTLED_REFUGEE));
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertReason(a, Reason.fits("status.matches", Map.of("status", "refugee"), false));
        }

        @ParameterizedTest
        @EnumSource(value = StatusAnswer.class, names = { "REFUGEE", "RESETTLED_REFUGEE", "WORK_AUTHORISED" })
        void refugeesAndWorkAuthorisedPeopleAreWorkAuthorised(StatusAnswer answer) {
            Assessment a = assess(offer().statuses(ResidenceStatus.WORK_AUTHORISED), person().status(answer));
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertReason(a, Reason.fits("status.matches", Map.of("status", "work-authorised"), false));
        }

        @Test
        void aResidencePermitMayOrMayNotAllowWorkSoAWorkOfferIsMaybeNamingWorkAuthorisation() {
            Assessment a = assess(offer().statuses(ResidenceStatus.WORK_AUTHORISED),
                    person().status(StatusAnswer.RESIDENCE_PERMIT));
            assertEquals(Verdict.MAYBE, a.verdict());
            assertReason(a, Reason.missing("status.work-authorisation", "workAuthorisation",
                    Map.of("statuses", List.of("work-authorised")), false));
        }

        @Test
        void aResidencePermitMatchesAnOfferForResidencePermitHolders() {
            Assessment a = assess(offer().statuses(ResidenceStatus.RESIDENCE_PERMIT, ResidenceStatus.WORK_AUTHORISED),
                    person().status(StatusAnswer.RESIDENCE_PERMIT));
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertReason(a, Reason.fits("status.matches", Map.of("status", "residence-permit"), false));
        }

        @Test
        void aStatusTheOfferDoesNotCoverIsNotEligible() {
            Assessment a = assess(offer().statuses(ResidenceStatus.REFUGEE, ResidenceStatus.WORK_AUTHORISED),
                    person().status(StatusAnswer.ASYLUM_SEEKER));
            assertEquals(Verdict.NOT_ELIGIBLE, a.verdict());
            assertReason(a, Reason.fails("status.not-covered",
                    Map.of("statuses", List.of("refugee", "work-authorised")), false));
        }

        @Test
        void anOfferForAsylumSeekersDoesNotCoverARefugee() {
            // Held statuses only widen upwards (resettled → refugee → work-authorised), never sideways.
            Assessment a = assess(offer().statuses(ResidenceStatus.ASYLUM_SEEKER), person().status(StatusAnswer.REFUGEE));
            assertEquals(Verdict.NOT_ELIGIBLE, a.verdict());
        }

        @Test
        void aStatusNotGivenIsMaybeNamingStatusNeverNotEligible() {
            for (PersonBuilder who : List.of(person(), person().status(StatusAnswer.PREFER_NOT_TO_SAY))) {
                Assessment a = assess(offer().statuses(ResidenceStatus.REFUGEE), who);
                assertEquals(Verdict.MAYBE, a.verdict());
                assertReason(a, Reason.missing("status.required", "status", Map.of("statuses", List.of("refugee")),
                        false));
            }
        }

        @ParameterizedTest
        @EnumSource(StatusAnswer.class)
        void anOfferWhoseStatusListIsNotStatedIsMaybeForEveryone(StatusAnswer answer) {
            Assessment a = assess(offer().statusNotStated(), person().status(answer));
            assertEquals(Verdict.MAYBE, a.verdict());
            assertReason(a, Reason.missing("status.not-stated", "status", Map.of(), false));
        }

        @Test
        void theMatchAndTheListFollowOneFixedOrder() {
            // statusOrder is the enum's order, whatever order the data lists them in.
            Assessment a = assess(offer().statuses(ResidenceStatus.WORK_AUTHORISED, ResidenceStatus.REFUGEE),
                    person().status(StatusAnswer.RESETTLED_REFUGEE));
            assertReason(a, Reason.fits("status.matches", Map.of("status", "refugee"), false));
            Assessment miss = assess(offer().statuses(ResidenceStatus.WORK_AUTHORISED, ResidenceStatus.REFUGEE),
                    person().status(StatusAnswer.UNDOCUMENTED));
            assertReason(miss, Reason.fails("status.not-covered",
                    Map.of("statuses", List.of("refugee", "work-authorised")), false));
        }

        @Test
        void anInferredStatusListMarksItsReasonInferred() {
            Assessment a = assess(offer().statuses(ResidenceStatus.REFUGEE).inferred("eligibility.statuses"),
                    person().status(StatusAnswer.REFUGEE));
            assertReason(a, Reason.fits("status.matches", Map.of("status", "refugee"), true));
            assertNotInferredExcept(a, "status.matches");
            assertReason(assess(offer().statusNotStated().inferred("eligibility.statuses"), person()),
                    Reason.missing("status.not-stated", "status", Map.of(), true));
        }

        @Test
        void eachAnswerHoldsTheStatusesItImplies() {
            assertEquals(EnumSet.of(ResidenceStatus.ASYLUM_SEEKER), EligibilityEngine.held(StatusAnswer.ASYLUM_SEEKER));
            assertEquals(EnumSet.of(ResidenceStatus.REFUGEE, ResidenceStatus.WORK_AUTHORISED),
                    EligibilityEngine.held(StatusAnswer.REFUGEE));
            assertEquals(EnumSet.of(ResidenceStatus.RESETTLED_REFUGEE, ResidenceStatus.REFUGEE,
                    ResidenceStatus.WORK_AUTHORISED), EligibilityEngine.held(StatusAnswer.RESETTLED_REFUGEE));
            assertEquals(EnumSet.of(ResidenceStatus.RESIDENCE_PERMIT), EligibilityEngine.held(StatusAnswer.RESIDENCE_PERMIT));
            assertEquals(EnumSet.of(ResidenceStatus.WORK_AUTHORISED), EligibilityEngine.held(StatusAnswer.WORK_AUTHORISED));
            assertEquals(EnumSet.of(ResidenceStatus.UNDOCUMENTED), EligibilityEngine.held(StatusAnswer.UNDOCUMENTED));
            assertEquals(EnumSet.noneOf(ResidenceStatus.class), EligibilityEngine.held(StatusAnswer.PREFER_NOT_TO_SAY));
            for (StatusAnswer answer : StatusAnswer.values()) {
                assertFalse(EligibilityEngine.held(answer).contains(ResidenceStatus.ANY), "no answer holds 'any'");
            }
        }
    }

    // -- age -----------------------------------------------------------------------------------------

    @Nested
    class Age {

        @Test
        void anOfferWithNoBoundsHasNoAgeRule() {
            Assessment a = assess(offer(), person().age(5));
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertNoReason(a, "age.range");
        }

        @Test
        void anAgeInsideTheBoundsFits() {
            Assessment a = assess(offer().age(16, 25), person().age(25));
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertReason(a, Reason.fits("age.range", params("min", 16, "max", 25), false));
        }

        @Test
        void anAgeOutsideTheBoundsFails() {
            assertEquals(Verdict.NOT_ELIGIBLE, assess(offer().age(16, 25), person().age(26)).verdict());
            Assessment a = assess(offer().age(16, 25), person().age(15));
            assertEquals(Verdict.NOT_ELIGIBLE, a.verdict());
            assertReason(a, Reason.fails("age.range", params("min", 16, "max", 25), false));
        }

        @Test
        void noAgeIsMaybeNamingAge() {
            Assessment a = assess(offer().age(16, 25), person());
            assertEquals(Verdict.MAYBE, a.verdict());
            assertReason(a, Reason.missing("age.range", "age", params("min", 16, "max", 25), false));
        }

        @Test
        void aNullBoundMeansNoLimit() {
            Assessment young = assess(offer().age(null, 25), person().age(0));
            assertEquals(Verdict.ELIGIBLE, young.verdict());
            assertReason(young, Reason.fits("age.range", params("min", null, "max", 25), false));
            Assessment old = assess(offer().age(60, null), person().age(120));
            assertEquals(Verdict.ELIGIBLE, old.verdict());
            assertReason(old, Reason.fits("age.range", params("min", 60, "max", null), false));
        }

        @Test
        void anAgeBandInsideFitsOutsideFailsAndAcrossABoundIsMaybe() {
            assertEquals(Verdict.ELIGIBLE, assess(offer().age(18, 30), person().ageBand(AgeBand.FROM_18_TO_25)).verdict());
            assertEquals(Verdict.NOT_ELIGIBLE,
                    assess(offer().age(18, 25), person().ageBand(AgeBand.FROM_26_TO_30)).verdict());
            Assessment across = assess(offer().age(16, 21), person().ageBand(AgeBand.FROM_18_TO_25));
            assertEquals(Verdict.MAYBE, across.verdict());
            assertReason(across, Reason.missing("age.range", "age", params("min", 16, "max", 21), false));
        }

        @Test
        void anExactAgeWinsOverTheBand() {
            EligibilityEngine.Person p = person().age(40).ageBand(AgeBand.FROM_18_TO_25).build();
            assertEquals(40, p.lowAge());
            assertEquals(40, p.highAge());
            assertEquals(Verdict.NOT_ELIGIBLE, assess(offer().age(18, 25), person().age(40).ageBand(AgeBand.FROM_18_TO_25))
                    .verdict());
        }

        @Test
        void eitherInferredBoundMarksTheReasonInferred() {
            assertReason(assess(offer().age(16, 25).inferred("eligibility.maxAge"), person().age(20)),
                    Reason.fits("age.range", params("min", 16, "max", 25), true));
            assertReason(assess(offer().age(16, 25).inferred("eligibility.minAge"), person()),
                    Reason.missing("age.range", "age", params("min", 16, "max", 25), true));
        }
    }

    // -- French (CEFR) -------------------------------------------------------------------------------

    @Nested
    class French {

        @Test
        void aLevelInsideTheRangeFits() {
            Assessment a = assess(offer().french(CefrLevel.A1, CefrLevel.B1), person().french(CefrLevel.A2));
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertReason(a, Reason.fits("french.range", params("min", "A1", "max", "B1"), false));
        }

        @Test
        void theBoundsAreInclusive() {
            assertEquals(Verdict.ELIGIBLE,
                    assess(offer().french(CefrLevel.A1, CefrLevel.B1), person().french(CefrLevel.A1)).verdict());
            assertEquals(Verdict.ELIGIBLE,
                    assess(offer().french(CefrLevel.A1, CefrLevel.B1), person().french(CefrLevel.B1)).verdict());
        }

        @Test
        void aLevelBelowTheMinimumFails() {
            Assessment a = assess(offer().french(CefrLevel.A1, CefrLevel.B1), person().french(CefrLevel.PRE_A1));
            assertEquals(Verdict.NOT_ELIGIBLE, a.verdict());
            assertReason(a, Reason.fails("french.below-min", params("min", "A1", "max", "B1"), false));
        }

        @Test
        void aLevelAboveTheMaximumFails() {
            Assessment a = assess(offer().french(CefrLevel.A1, CefrLevel.B1), person().french(CefrLevel.B2));
            assertEquals(Verdict.NOT_ELIGIBLE, a.verdict());
            assertReason(a, Reason.fails("french.above-max", params("min", "A1", "max", "B1"), false));
        }

        @Test
        void noLevelIsMaybeNamingFrenchLevel() {
            Assessment a = assess(offer().french(CefrLevel.A1, null), person());
            assertEquals(Verdict.MAYBE, a.verdict());
            assertReason(a, Reason.missing("french.range", "frenchLevel", params("min", "A1", "max", null), false));
        }

        @Test
        void aNullBoundMeansNoLimitAndNoBoundsMeansNoRule() {
            Assessment literacy = assess(offer().french(null, CefrLevel.A2), person().french(CefrLevel.PRE_A1));
            assertEquals(Verdict.ELIGIBLE, literacy.verdict());
            assertReason(literacy, Reason.fits("french.range", params("min", null, "max", "A2"), false));
            Assessment none = assess(offer(), person());
            assertEquals(Verdict.ELIGIBLE, none.verdict());
            assertNoReason(none, "french.range");
        }

        @Test
        void reachingTheTargetAlreadyIsInformationNeverAVerdict() {
            Assessment at = assess(offer().targetCefr(CefrLevel.B1), person().french(CefrLevel.B2));
            assertEquals(Verdict.ELIGIBLE, at.verdict());
            assertReason(at, Reason.info("french.already-at-target", Map.of("target", "B1"), false));
            assertReason(assess(offer().targetCefr(CefrLevel.B1), person().french(CefrLevel.B1)),
                    Reason.info("french.already-at-target", Map.of("target", "B1"), false));
            assertNoReason(assess(offer().targetCefr(CefrLevel.B1), person().french(CefrLevel.A2)),
                    "french.already-at-target");
            assertNoReason(assess(offer().targetCefr(CefrLevel.B1), person()), "french.already-at-target");
        }

        @Test
        void anInferredBoundMarksTheRangeReasonInferredButNotTheTarget() {
            Assessment a = assess(offer().french(CefrLevel.A1, CefrLevel.B1).targetCefr(CefrLevel.A2)
                    .inferred("eligibility.minCefr"), person().french(CefrLevel.B1));
            assertReason(a, Reason.fits("french.range", params("min", "A1", "max", "B1"), true));
            assertReason(a, Reason.info("french.already-at-target", Map.of("target", "A2"), false));
        }
    }

    // -- gender, household, special criteria ----------------------------------------------------------

    @Nested
    class Genders {

        @Test
        void anOfferForEveryoneHasNoGenderRule() {
            assertNoReason(assess(offer(), person().gender(Gender.MALE)), "gender.only");
        }

        @Test
        void aListedGenderFitsAnotherFailsNoneIsMaybe() {
            OfferBuilder women = offer().genders("other", "female");
            Map<String, Object> genders = Map.of("genders", List.of("female", "other"));
            Assessment fits = assess(women, person().gender(Gender.FEMALE));
            assertEquals(Verdict.ELIGIBLE, fits.verdict());
            assertReason(fits, Reason.fits("gender.only", genders, false));
            Assessment fails = assess(women, person().gender(Gender.MALE));
            assertEquals(Verdict.NOT_ELIGIBLE, fails.verdict());
            assertReason(fails, Reason.fails("gender.only", genders, false));
            Assessment missing = assess(women, person());
            assertEquals(Verdict.MAYBE, missing.verdict());
            assertReason(missing, Reason.missing("gender.only", "gender", genders, false));
        }
    }

    @Nested
    class Households {

        @Test
        void anUnstatedHouseholdIsNoConditionTheDocumentedDeparture() {
            // design.md §3b would make a missing fact "maybe"; the engine departs for the household an offer
            // does not state (most offers state none), and for "any".
            for (OfferBuilder o : List.of(offer(), offer().household(Household.ANY))) {
                for (PersonBuilder p : List.of(person(), person().household(NeedsProfile.Household.FAMILY))) {
                    Assessment a = assess(o, p);
                    assertEquals(Verdict.ELIGIBLE, a.verdict());
                    assertNoReason(a, "household.only");
                }
            }
        }

        @Test
        void aRestrictedHouseholdFitsFailsOrIsMaybe() {
            Map<String, Object> family = Map.of("household", "family");
            Assessment fits = assess(offer().household(Household.FAMILY), person().household(NeedsProfile.Household.FAMILY));
            assertEquals(Verdict.ELIGIBLE, fits.verdict());
            assertReason(fits, Reason.fits("household.only", family, false));
            Assessment fails = assess(offer().household(Household.FAMILY), person().household(NeedsProfile.Household.SINGLE));
            assertEquals(Verdict.NOT_ELIGIBLE, fails.verdict());
            assertReason(fails, Reason.fails("household.only", family, false));
            Assessment missing = assess(offer().household(Household.FAMILY), person());
            assertEquals(Verdict.MAYBE, missing.verdict());
            assertReason(missing, Reason.missing("household.only", "household", family, false));
        }

        @Test
        void anInferredHouseholdMarksTheReasonInferred() {
            assertReason(assess(offer().household(Household.SINGLE).inferred("eligibility.household"), person()),
                    Reason.missing("household.only", "household", Map.of("household", "single"), true));
        }
    }

    @Nested
    class SpecialCriteria {

        @Test
        void aCriterionNotDeclaredIsMaybeNamingItNeverNotEligible() {
            Assessment a = assess(offer().criteria("lgbtqi"), person());
            assertEquals(Verdict.MAYBE, a.verdict());
            assertReason(a, Reason.missing("criterion.required", "criterion:lgbtqi", Map.of("criterion", "lgbtqi"), false));
        }

        @Test
        void aDeclaredCriterionFits() {
            Assessment a = assess(offer().criteria("lgbtqi"), person().criteria("lgbtqi"));
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertReason(a, Reason.fits("criterion.declared", Map.of("criterion", "lgbtqi"), false));
        }

        @Test
        void elderlyOrDisabilityIsMetByEither() {
            for (String declared : List.of("elderly", "disability", "elderly-or-disability")) {
                Assessment a = assess(offer().criteria("elderly-or-disability"), person().criteria(declared));
                assertEquals(Verdict.ELIGIBLE, a.verdict(), declared);
                assertReason(a, Reason.fits("criterion.declared", Map.of("criterion", "elderly-or-disability"), false));
            }
        }

        @Test
        void eachCriterionIsItsOwnReasonInAFixedOrderAndExtraDeclarationsChangeNothing() {
            Assessment a = assess(offer().criteria("women-victims-of-violence", "lgbtqi"),
                    person().criteria("women-victims-of-violence", "minor"));
            assertEquals(Verdict.MAYBE, a.verdict());
            assertEquals(List.of(Reason.missing("criterion.required", "criterion:lgbtqi", Map.of("criterion", "lgbtqi"), false),
                    Reason.fits("criterion.declared", Map.of("criterion", "women-victims-of-violence"), false)),
                    a.reasons().stream().filter(r -> r.key().startsWith("criterion.")).toList());
            assertEquals(Verdict.ELIGIBLE, assess(offer(), person().criteria("lgbtqi")).verdict());
        }
    }

    // -- statuses added with plans that fit, and who an offer is made for --------------------------------

    @Nested
    class NewStatusesAndPublics {

        @Test
        void temporaryProtectionIsWorkAuthorisedButNotRefugee() {
            assertReason(assess(offer().statuses(ResidenceStatus.WORK_AUTHORISED),
                    person().status(StatusAnswer.TEMPORARY_PROTECTION)),
                    Reason.fits("status.matches", Map.of("status", "work-authorised"), false));
            assertEquals(Verdict.NOT_ELIGIBLE, assess(offer().statuses(ResidenceStatus.REFUGEE),
                    person().status(StatusAnswer.TEMPORARY_PROTECTION)).verdict());
            assertReason(assess(offer().statuses(ResidenceStatus.TEMPORARY_PROTECTION),
                    person().status(StatusAnswer.TEMPORARY_PROTECTION)),
                    Reason.fits("status.matches", Map.of("status", "temporary-protection"), false));
        }

        @Test
        void aStatelessPersonHoldsAResidencePermitThatAllowsWork() {
            assertEquals(Verdict.ELIGIBLE, assess(offer().statuses(ResidenceStatus.RESIDENCE_PERMIT),
                    person().status(StatusAnswer.STATELESS)).verdict());
            assertEquals(Verdict.ELIGIBLE, assess(offer().statuses(ResidenceStatus.WORK_AUTHORISED),
                    person().status(StatusAnswer.STATELESS)).verdict());
            assertEquals(Verdict.NOT_ELIGIBLE, assess(offer().statuses(ResidenceStatus.ASYLUM_SEEKER),
                    person().status(StatusAnswer.STATELESS)).verdict());
        }

        @Test
        void aChildAloneIsNotSentToHousingThatDoesNotSayItTakesMinors() {
            OfferBuilder adultHousing = offer().themes("housing");
            Assessment a = assess(adultHousing, person().age(16).criteria("unaccompanied-minor"));
            assertEquals(Verdict.NOT_ELIGIBLE, a.verdict());
            assertReason(a, Reason.fails("public.adult-housing", Map.of(), false));
            // Housing for minors, a minor with their family, and an adult are not concerned.
            assertEquals(Verdict.ELIGIBLE, assess(offer().themes("housing").age(16, 25),
                    person().age(16).criteria("unaccompanied-minor")).verdict());
            assertEquals(Verdict.ELIGIBLE, assess(offer().themes("housing").criteria("unaccompanied-minor"),
                    person().age(16).criteria("unaccompanied-minor")).verdict());
            assertEquals(Verdict.ELIGIBLE, assess(adultHousing, person().age(16).household(NeedsProfile.Household.FAMILY))
                    .verdict());
            assertEquals(Verdict.ELIGIBLE, assess(adultHousing, person().age(30)).verdict());
        }

        @Test
        void anOfferMadeForChildrenIsForAParentsChildrenNotForASingleAdult() {
            OfferBuilder forChildren = offer().age(8, 16);
            Assessment parent = assess(forChildren, person().age(35).household(NeedsProfile.Household.FAMILY));
            assertEquals(Verdict.ELIGIBLE, parent.verdict());
            assertReason(parent, Reason.info("age.for-your-children", forChildren.prepared().ageParams, false));
            assertEquals(Verdict.NOT_ELIGIBLE, assess(forChildren, person().age(35).household(NeedsProfile.Household.SINGLE))
                    .verdict());
        }

        @Test
        void aSchoolNeedForAChildIsNotMetByAnOfferForAdultsOnly() {
            PreparedOffer university = offer().themes("education").age(18, null).prepared();
            Assessment forTheChildren = EligibilityEngine.assess(university,
                    person().age(38).household(NeedsProfile.Household.FAMILY).build(), Set.of("education"));
            assertEquals(Verdict.NOT_ELIGIBLE, forTheChildren.verdict());
            assertEquals("public.adults-only", reason(forTheChildren, "public.adults-only").key());
            // A single adult asking for studies, or the same offer under another need, is not concerned.
            assertEquals(Verdict.ELIGIBLE, EligibilityEngine.assess(university,
                    person().age(30).household(NeedsProfile.Household.SINGLE).build(), Set.of("education")).verdict());
            assertEquals(Verdict.ELIGIBLE, EligibilityEngine.assess(university,
                    person().age(38).household(NeedsProfile.Household.FAMILY).build(), Set.of("language")).verdict());
        }
    }

    // -- territory -----------------------------------------------------------------------------------

    @Nested
    class Territory {

        final OfferBuilder inNancy = offer().at(NANCY);
        final Map<String, Object> nancy = Map.of("level", "city", "area", "Nancy");

        @Test
        void aRemoteOfferIsUsableFromAnywhere() {
            Assessment a = assess(offer().scope(TerritoryScope.NATIONAL_REMOTE), person().livesIn(METZ));
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertReason(a, Reason.info("territory.remote", Map.of(), false));
        }

        @Test
        void aNetworkOfferIsEligibleAndSaysToAskForTheNearestBranch() {
            Assessment a = assess(offer().scope(TerritoryScope.NATIONAL_NETWORK), person().livesIn(METZ));
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertReason(a, Reason.info("territory.network", Map.of(), false));
        }

        @Test
        void anOfferWhosePlaceIsUnknownIsMaybeNamingThePlaceNeverEverywhere() {
            Assessment a = assess(offer().scope(TerritoryScope.UNKNOWN), person().livesIn(METZ));
            assertEquals(Verdict.MAYBE, a.verdict());
            assertReason(a, Reason.missing("territory.unknown", "place", Map.of(), false));
            assertTrue(a.reasons().stream().noneMatch(r -> r.key().equals("territory.remote")));
            // Even for a person who gave no place at all.
            assertEquals(Verdict.MAYBE, assess(offer().scope(TerritoryScope.UNKNOWN), person()).verdict());
        }

        @Test
        void theSameCityFitsWhateverItsCaseAndAccents() {
            Assessment a = assess(inNancy, person().typedCity("  NANCY "));
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertReason(a, Reason.fits("territory.local", nancy, false));
            assertEquals(Verdict.ELIGIBLE, assess(offer().in("Besançon", "Doubs", "Bourgogne-Franche-Comté"),
                    person().typedCity("besancon")).verdict());
        }

        @Test
        void anotherCityFails() {
            Assessment a = assess(inNancy, person().livesIn(METZ));
            assertEquals(Verdict.NOT_ELIGIBLE, a.verdict());
            assertReason(a, Reason.fails("territory.elsewhere", nancy, false));
        }

        @Test
        void noPlaceAtAllIsMaybeNamingCity() {
            Assessment a = assess(inNancy, person());
            assertEquals(Verdict.MAYBE, a.verdict());
            assertReason(a, Reason.missing("territory.local", "city", nancy, false));
        }

        @Test
        void aPostcodeInTheSameDepartmentLeavesACityOfferMaybe() {
            Assessment a = assess(inNancy, person().postcodeIn("Meurthe-et-Moselle", "Grand Est"));
            assertEquals(Verdict.MAYBE, a.verdict());
            assertReason(a, Reason.missing("territory.local", "city", nancy, false));
        }

        @Test
        void aPostcodeInAnotherDepartmentOrRegionRulesACityOfferOut() {
            assertReason(assess(inNancy, person().postcodeIn("Moselle", "Grand Est")),
                    Reason.fails("territory.elsewhere", nancy, false));
            assertEquals(Verdict.NOT_ELIGIBLE,
                    assess(offer().in("Nancy", null, "Grand Est"), person().postcodeIn("Hérault", "Occitanie")).verdict());
        }

        @Test
        void aCityMapsToItsDepartment() {
            OfferBuilder department = offer().in(null, "Meurthe-et-Moselle", "Grand Est");
            Map<String, Object> params = Map.of("level", "department", "area", "Meurthe-et-Moselle");
            assertReason(assess(department, person().livesIn(NANCY)), Reason.fits("territory.local", params, false));
            assertReason(assess(department, person().livesIn(METZ)), Reason.fails("territory.elsewhere", params, false));
            assertReason(assess(department, person().postcodeIn("Meurthe-et-Moselle", "Grand Est")),
                    Reason.fits("territory.local", params, false));
        }

        @Test
        void aCityMapsToItsRegion() {
            OfferBuilder region = offer().in(null, null, "Grand Est");
            Map<String, Object> params = Map.of("level", "region", "area", "Grand Est");
            assertReason(assess(region, person().livesIn(METZ)), Reason.fits("territory.local", params, false));
            assertReason(assess(region, person().livesIn(MONTPELLIER)), Reason.fails("territory.elsewhere", params, false));
        }

        @Test
        void anAreaListingSeveralPlacesFitsEachOfThem() {
            OfferBuilder two = offer().in(null, "Gard / Hérault", "Occitanie");
            assertEquals(Verdict.ELIGIBLE, assess(two, person().livesIn(MONTPELLIER)).verdict());
            assertEquals(Verdict.ELIGIBLE, assess(two, person().postcodeIn("Gard", "Occitanie")).verdict());
            assertEquals(Verdict.NOT_ELIGIBLE, assess(two, person().postcodeIn("Aude", "Occitanie")).verdict());
        }

        @Test
        void aCityTheGazetteerDoesNotKnowLeavesADepartmentOfferMaybe() {
            Assessment a = assess(offer().in(null, "Meurthe-et-Moselle", "Grand Est"), person().typedCity("Laxou"));
            assertEquals(Verdict.MAYBE, a.verdict());
            assertReason(a, Reason.missing("territory.local", "city",
                    Map.of("level", "department", "area", "Meurthe-et-Moselle"), false));
        }

        @Test
        void anOfferInOneSaintDenisDoesNotServeItsHomonym() {
            OfferBuilder inSeineSaintDenis = offer().in("Saint-Denis", "Seine-Saint-Denis", "Île-de-France");
            Map<String, Object> params = Map.of("level", "city", "area", "Saint-Denis");
            assertReason(assess(inSeineSaintDenis, person().livesIn(SAINT_DENIS_93)), Reason.fits("territory.local", params, false));
            assertReason(assess(inSeineSaintDenis, person().livesIn(SAINT_DENIS_974)),
                    Reason.fails("territory.elsewhere", params, false));
        }

        @Test
        void anAmbiguousTownIsMaybeUnlessTheOfferServesEveryOrNoneOfItsCommunes() {
            PersonBuilder saintDenis = person().livesInOneOf("Saint-Denis", SAINT_DENIS_93, SAINT_DENIS_974);
            // In Seine-Saint-Denis or in La Réunion: an offer of Île-de-France may be theirs; the city decides.
            Map<String, Object> idf = Map.of("level", "region", "area", "Île-de-France");
            assertReason(assess(offer().in(null, null, "Île-de-France"), saintDenis),
                    Reason.missing("territory.local", "city", idf, false));
            // Saint-Denis by name alone is not enough either, even for an offer of that name.
            assertEquals(Verdict.MAYBE, assess(offer().in("Saint-Denis", "Seine-Saint-Denis", "Île-de-France"), saintDenis)
                    .verdict());
            // Neither is in Lorraine: a Nancy offer is elsewhere for both, so for the person.
            assertReason(assess(inNancy, saintDenis), Reason.fails("territory.elsewhere", nancy, false));
            // A remote service is for everyone.
            assertEquals(Verdict.ELIGIBLE, assess(offer().scope(TerritoryScope.NATIONAL_REMOTE), saintDenis).verdict());
            EligibilityEngine.Person p = saintDenis.build();
            assertNull(p.cityKey(), "no place settled: " + p);
            assertEquals("saint denis", p.areas().get(0).city());
            assertNull(p.departmentKey());
            assertNull(p.regionKey());
        }

        @Test
        void anInferredTerritoryMarksTheReasonInferred() {
            assertReason(assess(offer().at(NANCY).inferred("territory"), person().livesIn(NANCY)),
                    Reason.fits("territory.local", nancy, true));
            assertReason(assess(offer().inferred("territory.scope"), person()),
                    Reason.info("territory.remote", Map.of(), true));
        }
    }

    // -- access mode ---------------------------------------------------------------------------------

    @Nested
    class Access {

        @ParameterizedTest
        @EnumSource(AccessMode.class)
        void noAccessModeMakesAnyoneIneligibleEachAddsItsReason(AccessMode mode) {
            Assessment a = assess(offer().access(mode), person());
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertReason(a, Reason.info("access." + mode.code(), Map.of(), false));
        }

        @Test
        void anUnknownModeSaysAskHowToGetIn() {
            Assessment a = assess(offer().access(null), person());
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertReason(a, Reason.info("access.ask", Map.of(), false));
        }

        @Test
        void aCommitteeSaysHowLongItTakesAndAReferralWhoCanMakeIt() {
            assertReason(assess(offer().access(AccessMode.COMMITTEE).committeeWeeks(2, 6), person()),
                    Reason.info("access.committee", params("minWeeks", 2, "maxWeeks", 6), false));
            assertReason(assess(offer().access(AccessMode.PROFESSIONAL_REFERRAL).referrers("social-worker", "france-travail"),
                    person()), Reason.info("access.professional-referral",
                            Map.of("referrers", List.of("france-travail", "social-worker")), false));
        }

        @Test
        void anInferredModeMarksTheReasonInferred() {
            assertReason(assess(offer().access(AccessMode.SELF_REFERRAL).inferred("access.mode"), person()),
                    Reason.info("access.self-referral", Map.of(), true));
        }

        @Test
        void itRanksWalkInFirstAndCommitteeLastWithUnknownInTheMiddle() {
            List<Integer> ranks = Arrays.asList(AccessMode.WALK_IN, AccessMode.SELF_REFERRAL, null,
                    AccessMode.PROFESSIONAL_REFERRAL, AccessMode.COMMITTEE).stream()
                    .map(m -> offer().access(m).prepared().accessRank).toList();
            List<Integer> sorted = new ArrayList<>(ranks);
            sorted.sort(null);
            assertEquals(sorted, ranks);
            assertEquals(ranks.size(), Set.copyOf(ranks).size(), "each mode has its own rank");
            assertEquals(1, offer().waitingList(true).prepared().waitingRank);
            assertEquals(0, offer().waitingList(null).prepared().waitingRank);
        }
    }

    // -- hours ---------------------------------------------------------------------------------------

    @Nested
    class OpeningNow {

        @Test
        void openNowSaysUntilWhenAndClosedOrUnknownSaysSo() {
            OpeningHours.Hours tuesday = new OpeningHours.Hours(ZoneId.of("Europe/Paris"), List.of(
                    new OpeningHours.Slot("TU", LocalTime.of(9, 0), LocalTime.of(12, 0), null, null, true, false, false)),
                    List.of(), true);
            OpeningHours.Hours monday = new OpeningHours.Hours(ZoneId.of("Europe/Paris"), List.of(
                    new OpeningHours.Slot("MO", LocalTime.of(9, 0), LocalTime.of(12, 0), null, null, true, false, false)),
                    List.of(), false);
            assertReason(assess(offer().hours(tuesday), person()),
                    Reason.info("hours.open-now", Map.of("until", "12:00", "illustrative", true), false));
            assertReason(assess(offer().hours(monday), person()),
                    Reason.info("hours.closed-now", Map.of("illustrative", false), false));
            assertReason(assess(offer(), person()), Reason.info("hours.not-known", Map.of(), false));
            assertEquals(Verdict.ELIGIBLE, assess(offer().hours(monday), person()).verdict());
        }
    }

    // -- verdicts ------------------------------------------------------------------------------------

    @Nested
    class Verdicts {

        @Test
        void aFailingRuleOutweighsAMissingFact() {
            Assessment a = assess(offer().statuses(ResidenceStatus.REFUGEE).age(18, 25),
                    person().status(StatusAnswer.ASYLUM_SEEKER));
            assertEquals(Verdict.NOT_ELIGIBLE, a.verdict());
            assertEquals(Effect.FAILS, reason(a, "status.not-covered").effect());
            assertEquals(Effect.MISSING, reason(a, "age.range").effect());
        }

        @Test
        void aMissingFactOutweighsTheRulesThatFit() {
            Assessment a = assess(offer().statuses(ResidenceStatus.REFUGEE).age(18, 25).at(NANCY),
                    person().status(StatusAnswer.REFUGEE).livesIn(NANCY));
            assertEquals(Verdict.MAYBE, a.verdict());
        }

        @Test
        void everyFactGivenAndEveryRuleMetIsEligible() {
            Assessment a = assess(offer().statuses(ResidenceStatus.REFUGEE).age(18, 25).french(CefrLevel.A1, CefrLevel.B1)
                    .genders("female").household(Household.SINGLE).criteria("lgbtqi").at(NANCY)
                    .access(AccessMode.PROFESSIONAL_REFERRAL),
                    person().status(StatusAnswer.REFUGEE).age(22).french(CefrLevel.A1).gender(Gender.FEMALE)
                            .household(NeedsProfile.Household.SINGLE).criteria("lgbtqi").livesIn(NANCY));
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            // The reasons come in one fixed order: the person's rules, then where, how to get in and when.
            assertEquals(List.of("status.matches", "age.range", "french.range", "gender.only", "household.only",
                    "criterion.declared", "territory.local", "access.professional-referral", "hours.not-known"),
                    a.reasons().stream().map(Reason::key).toList());
            assertTrue(a.reasons().stream().allMatch(r -> r.effect() == Effect.FITS || r.effect() == Effect.INFO));
        }

        @Test
        void onlyMissingReasonsNameAFact() {
            Assessment a = assess(offer().statuses(ResidenceStatus.REFUGEE).age(18, 25).genders("female").at(NANCY),
                    person().age(40).livesIn(METZ));
            for (Reason r : a.reasons()) {
                assertEquals(r.effect() == Effect.MISSING, r.fact() != null, r.key());
            }
        }

        @Test
        void thePublicEntryPointGivesTheSameAssessment() {
            OfferBuilder o = offer().statuses(ResidenceStatus.REFUGEE).age(18, 25).at(NANCY);
            PersonBuilder p = person().status(StatusAnswer.REFUGEE).age(30).livesIn(NANCY);
            assertEquals(assess(o, p), EligibilityEngine.assess(o.facts(), p.profile(), NANCY));
        }

        /**
         * Triage's fast path (person rules once per rules group, place and time per offer, verdicts only)
         * must reach the verdict of the full assessment, on every combination tried here.
         */
        @Test
        void theFastPathReachesTheSameVerdictAsTheFullAssessment() {
            List<OfferBuilder> offers = List.of(offer(), offer().statusNotStated(),
                    offer().statuses(ResidenceStatus.REFUGEE).age(18, 25),
                    offer().statuses(ResidenceStatus.WORK_AUTHORISED).at(NANCY),
                    offer().french(CefrLevel.A1, CefrLevel.A2).in(null, "Moselle", "Grand Est"),
                    offer().genders("female").household(Household.FAMILY).in(null, null, "Occitanie"),
                    offer().criteria("lgbtqi").access(AccessMode.COMMITTEE).at(MONTPELLIER));
            List<PersonBuilder> people = List.of(person(), person().status(StatusAnswer.PREFER_NOT_TO_SAY),
                    person().status(StatusAnswer.REFUGEE).age(22).livesIn(NANCY),
                    person().status(StatusAnswer.RESIDENCE_PERMIT).french(CefrLevel.A2).livesIn(METZ),
                    person().status(StatusAnswer.ASYLUM_SEEKER).gender(Gender.FEMALE)
                            .household(NeedsProfile.Household.FAMILY).postcodeIn("Hérault", "Occitanie"),
                    person().criteria("lgbtqi").typedCity("Montpellier"));
            int differing = 0;
            EligibilityEngine.Tally tally = EligibilityEngine.Tally.verdictOnly();
            for (OfferBuilder o : offers) {
                PreparedOffer prepared = o.prepared();
                for (PersonBuilder p : people) {
                    EligibilityEngine.Person who = p.build();
                    tally.reset();
                    EligibilityEngine.applyPersonRules(prepared, who, tally);
                    Verdict personal = tally.verdict();
                    tally.reset();
                    EligibilityEngine.applyPlaceAndTime(prepared, who, tally);
                    Verdict fast = personal.compareTo(tally.verdict()) >= 0 ? personal : tally.verdict();
                    Verdict full = EligibilityEngine.assess(prepared, who).verdict();
                    assertEquals(full, fast, o.facts() + " / " + who.profile());
                    if (full != Verdict.ELIGIBLE) {
                        differing++;
                    }
                }
            }
            assertNotEquals(0, differing, "the grid exercises more than one verdict");
        }
    }

    // -- the person --------------------------------------------------------------------------------

    @Nested
    class PersonKeys {

        @Test
        void keysAreComputedOnceFromTheProfileAndHome() {
            EligibilityEngine.Person p = person().status(StatusAnswer.RESETTLED_REFUGEE).ageBand(AgeBand.FROM_26_TO_30)
                    .criteria("lgbtqi").livesIn(MONTPELLIER).build();
            assertEquals(26, p.lowAge());
            assertEquals(30, p.highAge());
            assertEquals(org.passerelle.common.text.Keys.matchKey("Montpellier"), p.cityKey());
            assertEquals(org.passerelle.common.text.Keys.matchKey("herault"), p.departmentKey());
            assertEquals(org.passerelle.common.text.Keys.matchKey("Occitanie"), p.regionKey());
            assertEquals(Set.of("lgbtqi"), p.criteria());
            assertTrue(p.held().contains(ResidenceStatus.REFUGEE));
            assertTrue(p.gaveCity());
        }

        @Test
        void aBlankCityIsNoCityAndMissingListsAreEmpty() {
            EligibilityEngine.Person p = EligibilityEngine.Person.of(new NeedsProfile(List.of("french"), null, null, null,
                    null, null, null, "   ", null, null, null), null, NOW);
            assertFalse(p.gaveCity());
            assertEquals(Set.of(), p.criteria());
            assertEquals(Set.of(), p.languages());
            assertEquals(Set.of(), p.held());
        }
    }

    // -- helpers -------------------------------------------------------------------------------------

    static Assessment assess(OfferBuilder offer, PersonBuilder person) {
        return EligibilityEngine.assess(offer.prepared(), person.build());
    }

    /** The one reason with this key. */
    static Reason reason(Assessment a, String key) {
        List<Reason> found = a.reasons().stream().filter(r -> r.key().equals(key)).toList();
        assertEquals(1, found.size(), () -> "one reason " + key + " in " + a.reasons());
        return found.get(0);
    }

    static void assertReason(Assessment a, Reason expected) {
        assertEquals(expected, reason(a, expected.key()), () -> "in " + a.reasons());
    }

    static void assertNoReason(Assessment a, String key) {
        assertTrue(a.reasons().stream().noneMatch(r -> r.key().equals(key)), () -> key + " in " + a.reasons());
    }

    static void assertNotInferredExcept(Assessment a, String key) {
        a.reasons().stream().filter(r -> !r.key().equals(key))
                .forEach(r -> assertFalse(r.inferred(), () -> r.key() + " is not inferred"));
    }

    /** Ordered parameters that may hold null, as the engine's bounds do. */
    static Map<String, Object> params(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(k1, v1);
        params.put(k2, v2);
        return params;
    }
}
