package org.passerelle.routing.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.common.api.Refs;
import org.passerelle.catalogue.vocabulary.AccessMode;

/** A personal plan: for each need, the ranked offers with their verdict and reasons, and the pathways. */
@Schema(name = "TriagePlan", description = "For each need, ranked offers with verdict and reasons; the needs "
        + "without an eligible offer are flagged unmet; pathways order steps across providers.")
public record TriagePlan(
        @Schema(required = true) List<NeedPlan> needs,
        @Schema(required = true) List<Pathway> pathways,
        @Schema(required = true, description = "The BCP-47 language of the offer names.", example = "fr")
        String lang) {

    @Schema(name = "NeedPlan", description = "The offers for one need.")
    public record NeedPlan(
            @Schema(required = true, example = "housing") String need,
            @Schema(required = true, description = "The theme codes the need covers.") List<String> themes,
            @Schema(required = true, description = "True when no offer is eligible for this need.") boolean unmet,
            @Schema(required = true, description = "Eligible offers first, then maybe; ranked.") List<PlannedOffer> offers,
            @Schema(required = true, description = "Up to 5 offers serving the person's area (or national) that a rule "
                    + "excludes, with why. Offers limited to another area are left out.")
            List<PlannedOffer> notEligible) {
    }

    @Schema(name = "PlannedOffer", description = "An offer, its verdict and the reasons.")
    public record PlannedOffer(
            @Schema(required = true) UUID id,
            @Schema(required = true) String slug,
            @Schema(required = true) String name,
            @Schema(required = true) Refs.OrganizationRef organization,
            AccessMode accessMode,
            @Schema(required = true) Verdict verdict,
            @Schema(required = true) List<Reason> reasons,
            @Schema(description = "Kilometres from the person's city, when both are known.") Double distanceKm) {
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
