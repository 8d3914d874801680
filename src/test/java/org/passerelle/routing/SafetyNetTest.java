package org.passerelle.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.routing.Offers.person;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.passerelle.routing.api.NeedsProfile.AgeBand;
import org.passerelle.routing.api.NeedsProfile.Household;
import org.passerelle.routing.api.TriagePlan.SafetyNetItem;

/** The safety net's rules, one by one, on synthetic persons (no Quarkus boot). */
class SafetyNetTest {

    private static final Set<String> HOUSING = Set.of("housing");
    private static final Set<String> SCHOOL = Set.of("education");
    private static final Set<String> FRENCH = Set.of("language");

    private static List<String> codes(List<SafetyNetItem> items, boolean lead) {
        return items.stream().filter(i -> i.lead() == lead).map(SafetyNetItem::code).toList();
    }

    @Test
    void shouldGiveEveryHousingPlan115AfterTheOffersWhenOneFits() {
        List<SafetyNetItem> items = SafetyNet.forNeed(HOUSING, person().age(40).build(), true);
        assertEquals(List.of("shelter-115"), codes(items, false));
        assertEquals(List.of(), codes(items, true));
    }

    @Test
    void shouldLeadWith115AndTheDeskWhenNoRelevantOfferFits() {
        List<SafetyNetItem> items = SafetyNet.forNeed(HOUSING, person().age(40).build(), false);
        assertEquals(List.of("shelter-115", "ask-the-desk"), codes(items, true));
    }

    @Test
    void shouldSendTheDeskForAnyNeedWithoutARelevantOffer() {
        assertEquals(List.of("ask-the-desk"), codes(SafetyNet.forNeed(FRENCH, person().build(), false), true));
        assertTrue(SafetyNet.forNeed(FRENCH, person().build(), true).isEmpty());
    }

    @Test
    void shouldLeadEveryPlanOfALoneMinorWithChildProtectionAnd119() {
        for (var minor : List.of(person().age(16).criteria("unaccompanied-minor"),
                person().ageBand(AgeBand.UNDER_18).household(Household.SINGLE))) {
            List<SafetyNetItem> housing = SafetyNet.forNeed(HOUSING, minor.build(), true);
            assertEquals(List.of("child-protection", "child-in-danger-119"), codes(housing, true));
            // 115 stays, after: a child alone is taken in by child protection first.
            assertEquals(List.of("shelter-115"), codes(housing, false));
            assertEquals(List.of("child-protection", "child-in-danger-119"),
                    codes(SafetyNet.forNeed(FRENCH, minor.build(), true), true));
        }
    }

    @Test
    void shouldNotTreatAMinorWithAFamilyOrAnAdultAsAlone() {
        assertFalse(SafetyNet.loneMinor(person().age(16).household(Household.FAMILY).build()));
        assertFalse(SafetyNet.loneMinor(person().age(18).criteria("unaccompanied-minor").build()));
        assertFalse(SafetyNet.loneMinor(person().household(Household.SINGLE).build()), "no age: not known to be a minor");
        // A minor whose household is not known, asking for a roof: child protection and 119, after the offers.
        assertEquals(List.of("child-protection", "child-in-danger-119", "shelter-115"),
                codes(SafetyNet.forNeed(HOUSING, person().age(15).build(), true), false));
    }

    @Test
    void shouldSayThatSchoolIsARightForChildren() {
        assertEquals(List.of("school-right"),
                codes(SafetyNet.forNeed(SCHOOL, person().age(35).household(Household.FAMILY).build(), true), true));
        assertEquals(List.of("school-right"), codes(SafetyNet.forNeed(SCHOOL, person().age(12).build(), true), true));
        assertTrue(SafetyNet.forNeed(SCHOOL, person().age(30).household(Household.SINGLE).build(), true).isEmpty());
    }

    @Test
    void shouldLeadWith3919And17ForAPersonWhoDeclaredViolence() {
        List<SafetyNetItem> items = SafetyNet.forNeed(FRENCH, person().criteria("violence").build(), true);
        assertEquals(List.of("violence-3919", "police-17"), codes(items, true));
        assertEquals("3919", items.get(0).phone());
    }

    @Test
    void shouldGiveEveryItemASource() {
        var everything = person().age(16).criteria("unaccompanied-minor", "violence").build();
        for (SafetyNetItem item : SafetyNet.forNeed(Set.of("housing", "education"), everything, false)) {
            assertNotNull(item.source().title(), item.code());
            assertFalse(item.source().title().isBlank(), item.code());
        }
    }
}
