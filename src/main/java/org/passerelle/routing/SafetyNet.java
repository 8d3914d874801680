package org.passerelle.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.passerelle.routing.EligibilityEngine.Person;
import org.passerelle.routing.api.NeedsProfile;
import org.passerelle.routing.api.TriagePlan.SafetyNetItem;
import org.passerelle.routing.api.TriagePlan.Source;

/**
 * What public law and public services guarantee, whatever the catalogue holds: written by Passerelle,
 * each item with its source, and added to a need's plan when it applies (docs/architecture.md, the
 * safety net). The catalogue may be empty or out of date somewhere; these never are. The kiosk words
 * each item from its code in the visitor's language.
 */
final class SafetyNet {

    /** An opt-in special criterion a person may declare: they are in danger of violence. */
    static final String VIOLENCE = "violence";
    static final String UNACCOMPANIED_MINOR = "unaccompanied-minor";

    private static final Set<String> SHELTER_THEMES = Set.of("housing", "emergency-aid");
    private static final String CASF = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069/";
    private static final String EDUCATION_CODE = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071191/";

    static final Source SHELTER_SOURCE = new Source(
            "Code de l'action sociale et des familles, art. L345-2 and L345-2-2 (unconditional emergency shelter, "
                    + "the 115 line in every département)", CASF);
    static final Source CHILD_PROTECTION_SOURCE = new Source(
            "Code de l'action sociale et des familles, art. L221-1 and L221-2-4 (the département's child "
                    + "protection, ASE, takes in a minor deprived of their family's protection)", CASF);
    static final Source CHILD_IN_DANGER_SOURCE = new Source(
            "Code de l'action sociale et des familles, art. L226-6 (119, the national line for children in "
                    + "danger, free, day and night)", "https://www.allo119.gouv.fr/");
    static final Source SCHOOL_SOURCE = new Source(
            "Code de l'éducation, art. L111-1, L131-1 and L131-5 (school is a right and an obligation from 3 to "
                    + "16 for every child living in France, whatever the papers; enrolment at the town hall)",
            EDUCATION_CODE);
    static final Source VIOLENCE_SOURCE = new Source(
            "3919 Violences Femmes Info, the national line for women facing violence (free, anonymous, day and "
                    + "night)", "https://arretonslesviolences.gouv.fr/");
    static final Source POLICE_SOURCE = new Source(
            "17, the police and gendarmerie emergency number (free, day and night, from any phone)", null);
    static final Source DESK_SOURCE = new Source(
            "The city hall's one-stop-shop desk: an agent looks for a way in with the person", null);

    private SafetyNet() {
    }

    /** A minor by age (or by the under-18 band): the bounds say it, not a guess. */
    static boolean minor(Person person) {
        return person.highAge() != null && person.highAge() <= 17;
    }

    /** A minor without a family here: declared unaccompanied, or a minor who said they live alone. */
    static boolean loneMinor(Person person) {
        return minor(person) && (person.criteria().contains(UNACCOMPANIED_MINOR)
                || person.profile().household() == NeedsProfile.Household.SINGLE);
    }

    /**
     * The items for one need. {@code relevantOffer}: the plan holds an eligible offer made for this need;
     * without one the shelter line (for a roof) and the desk lead.
     */
    static List<SafetyNetItem> forNeed(Set<String> themes, Person person, boolean relevantOffer) {
        List<SafetyNetItem> items = new ArrayList<>();
        boolean violence = person.criteria().contains(VIOLENCE);
        if (violence) {
            items.add(new SafetyNetItem("violence-3919", true, "3919", VIOLENCE_SOURCE));
            items.add(new SafetyNetItem("police-17", true, "17", POLICE_SOURCE));
        }
        boolean alone = loneMinor(person);
        boolean roof = themes.stream().anyMatch(SHELTER_THEMES::contains);
        if (alone) {
            // A child alone is protected by the département before any adult offer.
            items.add(new SafetyNetItem("child-protection", true, null, CHILD_PROTECTION_SOURCE));
            items.add(new SafetyNetItem("child-in-danger-119", true, "119", CHILD_IN_DANGER_SOURCE));
        } else if (minor(person) && roof) {
            items.add(new SafetyNetItem("child-protection", false, null, CHILD_PROTECTION_SOURCE));
            items.add(new SafetyNetItem("child-in-danger-119", false, "119", CHILD_IN_DANGER_SOURCE));
        }
        if (themes.contains("education")
                && (minor(person) || person.profile().household() == NeedsProfile.Household.FAMILY)) {
            items.add(new SafetyNetItem("school-right", true, null, SCHOOL_SOURCE));
        }
        if (roof) {
            // Anyone who may have no roof tonight; a minor alone is taken in by child protection first.
            items.add(new SafetyNetItem("shelter-115", !relevantOffer && !alone, "115", SHELTER_SOURCE));
        }
        if (!relevantOffer) {
            items.add(new SafetyNetItem("ask-the-desk", true, null, DESK_SOURCE));
        }
        return List.copyOf(items);
    }
}
