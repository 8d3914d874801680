package org.passerelle.routing.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The metrics as the evaluation set's README defines them, on hand-computed cases. */
class RelevanceMetricsTest {

    private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1);

    @Test
    void shouldScoreTheIdealOrderOne() {
        assertEquals(1.0, RelevanceMetrics.ndcgAt5(List.of("a", "b", "c"), GRADES), 1e-9);
    }

    @Test
    void shouldScoreAnOrderWithNothingRelevantZero() {
        assertEquals(0.0, RelevanceMetrics.ndcgAt5(List.of("x", "y"), GRADES), 1e-9);
        assertFalse(RelevanceMetrics.hitAt3(List.of("x", "y", "c", "a"), GRADES), "grade 1 and rank 4 are no hit");
    }

    @Test
    void shouldDiscountByLogOfRank() {
        // DCG of [c, x, a] = 1/log2(2) + 0 + 7/log2(4) = 4.5; ideal [a, b, c] = 7 + 3/log2(3) + 1/2.
        double ideal = 7 + 3 / (Math.log(3) / Math.log(2)) + 0.5;
        assertEquals(4.5 / ideal, RelevanceMetrics.ndcgAt5(List.of("c", "x", "a"), GRADES), 1e-9);
        assertTrue(RelevanceMetrics.hitAt3(List.of("c", "x", "a"), GRADES));
    }

    @Test
    void shouldSeeANotFirstOfferOnlyInTheFirstThree() {
        assertTrue(RelevanceMetrics.notFirstAt3(List.of("a", "bad"), Set.of("bad")));
        assertFalse(RelevanceMetrics.notFirstAt3(List.of("a", "b", "c", "bad"), Set.of("bad")));
    }
}
