package org.passerelle.routing;

import java.util.List;

import org.passerelle.routing.api.Reason;
import org.passerelle.routing.api.Verdict;

/** The verdict on one offer for one profile, with every reason behind it. */
public record Assessment(Verdict verdict, List<Reason> reasons) {
}
