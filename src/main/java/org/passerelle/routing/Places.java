package org.passerelle.routing;

import java.util.List;

import org.passerelle.routing.Communes.Match;
import org.passerelle.routing.api.CommuneView;
import org.passerelle.routing.api.TriagePlan;

/** The gazetteer's answers as API records. */
final class Places {

    private Places() {
    }

    /**
     * A matched commune, with the postcode that places a person there: the one matched, else its only one,
     * else (when another commune has the same name) its first, else none (the name is enough).
     */
    static CommuneView view(Match m) {
        Communes.Commune c = m.commune();
        String postcode = m.postcode() != null ? m.postcode()
                : c.postcodes().size() == 1 || m.sharedName() && !c.postcodes().isEmpty() ? c.postcodes().get(0) : null;
        return new CommuneView(c.code(), c.name(), postcode, c.postcodes(), c.department().code(), c.department().name(),
                c.department().region(), m.otherName(), CommuneView.How.valueOf(m.how().name()));
    }

    static List<CommuneView> views(List<Match> matches) {
        return matches.stream().map(Places::view).toList();
    }

    /** Where the person was placed; null when they gave no town and no postcode. */
    static TriagePlan.PersonPlace view(Gazetteer.Located where) {
        if (where == null) {
            return null;
        }
        return new TriagePlan.PersonPlace(where.status(),
                where.commune() == null ? null : view(where.commune()),
                where.department() == null ? null : where.department().name(),
                where.department() == null ? null : where.department().code(), where.region(), views(where.candidates()));
    }
}
