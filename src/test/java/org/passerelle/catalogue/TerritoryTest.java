package org.passerelle.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.passerelle.catalogue.vocabulary.TerritoryScope;
import org.passerelle.common.problem.ApiProblem;
import org.passerelle.common.problem.FieldErrors;

/** The territory rules alone: how a scope is derived, and which combinations are refused. */
class TerritoryTest {

    @Test
    void aMissingScopeIsLocalWithAPlaceAndUnknownWithout() {
        assertEquals(TerritoryScope.LOCAL, Territory.scopeFor(null, Territory.hasPlace(null, "Nord", null)));
        assertEquals(TerritoryScope.LOCAL, Territory.scopeFor(null, Territory.hasPlace("Lyon", null, null)));
        assertEquals(TerritoryScope.LOCAL, Territory.scopeFor(null, Territory.hasPlace(null, null, "Grand Est")));
        assertEquals(TerritoryScope.UNKNOWN, Territory.scopeFor(null, Territory.hasPlace(null, null, null)));
        // A blank name and a country alone are not places; a missing place is never "national".
        assertEquals(TerritoryScope.UNKNOWN, Territory.scopeFor(null, Territory.hasPlace(" ", "", null)));
        assertEquals(TerritoryScope.NATIONAL_NETWORK, Territory.scopeFor(TerritoryScope.NATIONAL_NETWORK, false));
    }

    @Test
    void aLocalScopeNeedsAPlaceAndNoOtherScopeMayHaveOne() {
        assertRefused(TerritoryScope.LOCAL, false);
        assertRefused(TerritoryScope.NATIONAL_REMOTE, true);
        assertRefused(TerritoryScope.NATIONAL_NETWORK, true);
        assertRefused(TerritoryScope.UNKNOWN, true);
        assertAccepted(TerritoryScope.LOCAL, true);
        assertAccepted(TerritoryScope.NATIONAL_REMOTE, false);
        assertAccepted(TerritoryScope.NATIONAL_NETWORK, false);
        assertAccepted(TerritoryScope.UNKNOWN, false);
        assertAccepted(null, true);
        assertAccepted(null, false);
    }

    @Test
    void setStoresBlanksAsNothingAndAlwaysHasAScope() {
        Territory t = new Territory();
        assertEquals(TerritoryScope.UNKNOWN, t.scope);
        t.set(" ", "Nord", null, "FR", null, "");
        assertNull(t.city);
        assertNull(t.scopeNote);
        assertEquals(TerritoryScope.LOCAL, t.scope);
        t.set(null, null, null, null, null, null);
        assertEquals(TerritoryScope.UNKNOWN, t.scope);
    }

    private static void assertRefused(TerritoryScope scope, boolean hasPlace) {
        FieldErrors errors = new FieldErrors();
        Territory.check(scope, hasPlace, "territory.scope", errors);
        assertFalse(errors.isEmpty(), scope + " with place=" + hasPlace);
        try {
            errors.throwIfAny();
        } catch (ApiProblem e) {
            assertEquals(400, e.status());
            return;
        }
        throw new AssertionError("no problem thrown");
    }

    private static void assertAccepted(TerritoryScope scope, boolean hasPlace) {
        FieldErrors errors = new FieldErrors();
        Territory.check(scope, hasPlace, "territory.scope", errors);
        assertTrue(errors.isEmpty(), scope + " with place=" + hasPlace);
    }
}
