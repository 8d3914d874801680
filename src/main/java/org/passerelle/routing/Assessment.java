package org.passerelle.routing;

import java.util.List;

import org.passerelle.routing.api.Reason;
import org.passerelle.routing.api.Verdict;

/** The verdict on one offer for one profile, with every reason behind it. */
public record Assessment(Verdict verdict, List<Reason> reasons) {

    static Assessment of(List<Reason> reasons) {
        boolean fails = reasons.stream().anyMatch(r -> r.effect() == Reason.Effect.FAILS);
        boolean missing = reasons.stream().anyMatch(r -> r.effect() == Reason.Effect.MISSING);
        return new Assessment(fails ? Verdict.NOT_ELIGIBLE : missing ? Verdict.MAYBE : Verdict.ELIGIBLE,
                List.copyOf(reasons));
    }
}
