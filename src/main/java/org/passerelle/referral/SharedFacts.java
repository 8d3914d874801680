package org.passerelle.referral;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.passerelle.catalogue.SearchQuery;
import org.passerelle.catalogue.ServiceOffer;
import org.passerelle.catalogue.vocabulary.ResidenceStatus;
import org.passerelle.referral.api.PartnerReferralView.Fact;

/**
 * What a partner may see, decided once when a referral is sent and then frozen (rule 3, the status
 * firewall): the eligibility facts the target service uses, each only as met / not-met / unknown; the
 * person's fields the consent allows after acceptance; and whether the status is among them, which needs
 * all three of: the consent allows it, the person gave it (not "prefer not to say"), and the service's
 * eligibility uses it. The firewall overrides the consent.
 */
final class SharedFacts {

    static final String MET = "met";
    static final String NOT_MET = "not-met";
    static final String UNKNOWN = "unknown";

    private SharedFacts() {
    }

    /** The service restricts statuses (a list that is not "any" and not empty). */
    static boolean usesStatus(ServiceOffer service) {
        return !service.residenceStatuses.isEmpty() && !service.residenceStatuses.contains(ResidenceStatus.ANY);
    }

    static boolean statusShared(ReferralCase c, ServiceOffer service) {
        return c.consentedFields().contains(PersonField.STATUS) && c.personStatus != null && c.personStatus.given()
                && usesStatus(service);
    }

    /** The consented fields shared after acceptance, the status only through the firewall. */
    static String sharedFields(ReferralCase c, ServiceOffer service) {
        Set<PersonField> fields = EnumSet.noneOf(PersonField.class);
        fields.addAll(c.consentedFields());
        if (!statusShared(c, service)) {
            fields.remove(PersonField.STATUS);
        }
        return fields.stream().map(PersonField::code).collect(Collectors.joining(","));
    }

    static Set<PersonField> parse(String codes) {
        Set<PersonField> fields = new LinkedHashSet<>();
        if (codes != null && !codes.isBlank()) {
            for (String code : codes.split(",")) {
                for (PersonField f : PersonField.values()) {
                    if (f.code().equals(code)) {
                        fields.add(f);
                    }
                }
            }
        }
        return fields;
    }

    /** The facts of the service's eligibility, met or not, never the value ("age within range", not the year). */
    static List<Fact> facts(ReferralCase c, ServiceOffer service, int currentYear) {
        List<Fact> facts = new ArrayList<>();
        if (service.minAge != null || service.maxAge != null) {
            facts.add(new Fact("age", age(c.birthYear, service.minAge, service.maxAge, currentYear)));
        }
        if (usesStatus(service)) {
            String met;
            if (c.personStatus == null || !c.personStatus.given()) {
                met = UNKNOWN;
            } else {
                met = c.personStatus.held().stream().anyMatch(service.residenceStatuses::contains) ? MET : NOT_MET;
            }
            facts.add(new Fact("status", met));
        }
        if (!service.languagesSpoken.isEmpty()) {
            // A shared language up to a subtag (ar and ar-SY), as the search's language filter matches.
            boolean shared = c.languages.stream().anyMatch(l -> service.languagesSpoken.stream()
                    .anyMatch(s -> SearchQuery.languageKeys(s).contains(SearchQuery.languageKeys(l).get(0))
                            || SearchQuery.languageKeys(l).contains(SearchQuery.languageKeys(s).get(0))));
            facts.add(new Fact("language", c.languages.isEmpty() ? UNKNOWN : shared ? MET : NOT_MET));
        }
        return facts;
    }

    /** A birth year gives an age within one year: met only if both possible ages are in range. */
    static String age(Integer birthYear, Integer min, Integer max, int currentYear) {
        if (birthYear == null) {
            return UNKNOWN;
        }
        int oldest = currentYear - birthYear;
        int youngest = oldest - 1;
        int lo = min == null ? 0 : min;
        int hi = max == null ? 200 : max;
        if (youngest >= lo && oldest <= hi) {
            return MET;
        }
        if (oldest < lo || youngest > hi) {
            return NOT_MET;
        }
        return UNKNOWN;
    }

    static int currentYear() {
        return Year.now(ReferralCases.CITY).getValue();
    }
}
