package org.passerelle.routing.relevance;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ranking metrics of the relevance evaluation set (src/test/resources/relevance/README.md): hit@3
 * (a grade-2 or better offer among the first three), nDCG@5 with gains 2^grade − 1, and notFirst@3 (an
 * offer the curator said must not come first is among the first three).
 */
public final class RelevanceMetrics {

    public static final int HIT_DEPTH = 3;
    public static final int NDCG_DEPTH = 5;

    private RelevanceMetrics() {
    }

    public static boolean hitAt3(List<String> shown, Map<String, Integer> grades) {
        return shown.stream().limit(HIT_DEPTH).anyMatch(slug -> grades.getOrDefault(slug, 0) >= 2);
    }

    public static boolean notFirstAt3(List<String> shown, Set<String> notFirst) {
        return shown.stream().limit(HIT_DEPTH).anyMatch(notFirst::contains);
    }

    public static double ndcgAt5(List<String> shown, Map<String, Integer> grades) {
        double dcg = dcg(shown.stream().limit(NDCG_DEPTH).map(s -> grades.getOrDefault(s, 0)).toList());
        double ideal = dcg(grades.values().stream().sorted(Comparator.reverseOrder()).limit(NDCG_DEPTH).toList());
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double dcg(List<Integer> gradesInOrder) {
        double sum = 0;
        for (int i = 0; i < gradesInOrder.size(); i++) {
            sum += (Math.pow(2, gradesInOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
