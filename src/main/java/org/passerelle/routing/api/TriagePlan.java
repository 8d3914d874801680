package org.passerelle.routing.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.common.api.Refs;
import org.passerelle.catalogue.api.LocationView;
import org.passerelle.catalogue.api.WayInView;
import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.TerritoryScope;
import org.passerelle.catalogue.vocabulary.TextOrigin;

/** A personal plan: for each need, the ranked offers with their verdict and reasons, and the pathways. */
@Schema(name = "TriagePlan", description = "For each need, ranked offers with verdict and reasons; the needs "
        + "without an eligible offer are flagged unmet; pathways order steps across providers.")
public record TriagePlan(
        @Schema(required = true) List<NeedPlan> needs,
        @Schema(required = true) List<Pathway> pathways,
        @Schema(required = true, description = "The BCP-47 language of the offer names, or of the first one "
                + "when they differ (each offer says its own in lang).", example = "fr")
        String lang,
        @Schema(description = "Where the person was placed from the city and postcode they gave; null when they gave "
                + "neither.") PersonPlace place,
        @Schema(description = "The city's one-stop-shop desk, with its own hours: the way in of every offer whose "
                + "wayIn.desk is true, and of the ask-the-desk safety-net item. Null when no desk is configured. "
                + "Illustrative desks have example hours: say so on screen.") LocationView desk) {

    @Schema(name = "PersonPlace", description = "Where the triage placed the person. found: one commune, whose offers "
            + "and those of its department and region are local to them, and offers limited to another area are left "
            + "out. ambiguous: several communes answer (a name such as Saint-Denis that no postcode settles, a postcode "
            + "serving several communes, or a name and a postcode that disagree): nothing is picked; the rules read only "
            + "what all candidates share (a local offer is maybe, naming the city, unless it serves all of them or none), "
            + "and the kiosk asks which. unknown: no commune answers (a misspelling, a town abroad, a postcode La Poste "
            + "does not have): local offers are maybe, and candidates holds spelling suggestions.")
    public record PersonPlace(
            @Schema(required = true) Status status,
            @Schema(description = "The commune, when found; its postcode is the one given when it is one of its own.")
            CommuneView commune,
            @Schema(description = "The department the rules read: the commune's, the one all candidates share, or a "
                    + "postcode's; null when not known.", example = "Seine-Saint-Denis") String department,
            @Schema(description = "The INSEE code of that department.", example = "93") String departmentCode,
            @Schema(description = "The region the rules read, likewise.", example = "Île-de-France") String region,
            @Schema(required = true, description = "ambiguous: the communes that answer, most populous first (at most "
                    + "20), each with the postcode that places a person there; unknown: up to 5 towns spelt nearly so; "
                    + "found: empty.") List<CommuneView> candidates) {
    }

    /** How well the person could be placed. */
    @Schema(name = "PlaceStatus", description = "found, ambiguous or unknown (see PersonPlace).")
    public enum Status implements org.passerelle.common.text.Coded {
        /** One commune. */
        FOUND("found"),
        /** Several communes answer to what was given; the rules read only what they share. */
        AMBIGUOUS("ambiguous"),
        /** No commune answers (a town misspelt or abroad, a postcode La Poste does not have). */
        UNKNOWN("unknown");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        @Override
        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }
    }

    @Schema(name = "NeedPlan", description = "The offers for one need.")
    public record NeedPlan(
            @Schema(required = true, example = "housing") String need,
            @Schema(required = true, description = "The theme codes the need covers.") List<String> themes,
            @Schema(required = true, description = "True when no relevant offer (one made for this need, that no "
                    + "rule about the person excludes) is eligible.") boolean unmet,
            @Schema(required = true, description = "What public law and public services guarantee for this need "
                    + "and person, whatever the catalogue holds: the items with lead=true come before the offers.")
            List<SafetyNetItem> safetyNet,
            @Schema(required = true, description = "Eligible offers first, then maybe; ranked by fit (see "
                    + "docs/architecture.md, ranking).") List<PlannedOffer> offers,
            @Schema(required = true, description = "Up to 5 offers serving the person's area (or national) that a rule "
                    + "excludes, with why. Offers limited to another area are left out.")
            List<PlannedOffer> notEligible) {
    }

    @Schema(name = "PlannedOffer", description = "An offer, its verdict and the reasons.")
    public record PlannedOffer(
            @Schema(required = true) UUID id,
            @Schema(required = true) String slug,
            @Schema(required = true) String name,
            @Schema(description = "The BCP-47 language of name (it may be a fallback, and differ from one offer "
                    + "to the next).", example = "ar") String lang,
            @Schema(description = "Where the name comes from: source, machine (an automatic translation nobody "
                    + "has checked yet: say so to the reader) or reviewed (a translation a partner or the city "
                    + "checked).", example = "machine") TextOrigin textOrigin,
            @Schema(required = true) Refs.OrganizationRef organization,
            AccessMode accessMode,
            @Schema(required = true) Verdict verdict,
            @Schema(required = true) List<Reason> reasons,
            @Schema(description = "Kilometres from the person's city, when both are known.") Double distanceKm,
            @Schema(required = true, description = "Where the offer can be used: local (a stated place), "
                    + "national-remote (from anywhere), national-network (branches, ask where the nearest is), "
                    + "unknown (never to be shown as available everywhere).") TerritoryScope scope,
            @Schema(required = true, description = "How to get in: a contact (the service's own, else its "
                    + "organisation's), a place with hours, or the one-stop-shop desk; never a dead end.")
            WayInView wayIn) {
    }

    @Schema(name = "SafetyNetItem", description = "A guarantee of public law or a public service (a number to "
            + "call, a right, a desk), written by Passerelle with its source; the kiosk words it from its code.")
    public record SafetyNetItem(
            @Schema(required = true, description = "shelter-115, child-protection, child-in-danger-119, "
                    + "school-right, violence-3919, police-17 or ask-the-desk.", example = "shelter-115") String code,
            @Schema(required = true, description = "True when it comes before the offers (a minor alone, no "
                    + "relevant offer, a declared danger).") boolean lead,
            @Schema(description = "The number to call, free of charge, when there is one.", example = "115")
            String phone,
            @Schema(required = true, description = "The law or public page it rests on.") Source source) {
    }

    @Schema(name = "SafetyNetSource", description = "Where a safety-net item comes from.")
    public record Source(
            @Schema(required = true, example = "Code de l'action sociale et des familles, art. L345-2-2")
            String title,
            @Schema(description = "A public page of the law or the service; none for the desk itself.",
                    example = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069/")
            String url) {
    }

    @Schema(name = "Pathway", description = "Ordered steps across providers; steps with the same order run side "
            + "by side (language and work are never sequenced: docs/architecture.md rule 8).")
    public record Pathway(
            @Schema(required = true, example = "work-and-french") String code,
            @Schema(required = true) List<Step> steps) {
    }

    @Schema(name = "PathwayStep", description = "One step of a pathway.")
    public record Step(
            @Schema(required = true, example = "1") int order,
            @Schema(required = true, example = "work") String need,
            @Schema(required = true, example = "kodiko-co-training-paris") String service,
            @Schema(required = true, example = "pathway.step.work") String key) {
    }
}
