package org.passerelle;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The package ladder (docs/decisions/0010-package-ladder.md), from the ground up: common and config, then
 * identity, audit, catalogue, search, and on top routing, referral and interop (peers: they do not import
 * each other), then health, which reports on them, and the application class. A package imports only
 * packages below it. The rules take the root package so that the same rules run over the real code and
 * over the fixture that breaks them (ArchitectureTest).
 */
final class Ladder {

    private Ladder() {
    }

    static final String[] FEATURES_BELOW_TOP = { "Common", "Config", "Identity", "Audit", "Catalogue", "Search" };

    /** Every import runs down the ladder; every class of the root sits on one of its rungs. */
    static ArchRule layers(String root) {
        LayeredArchitecture ladder = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Common").definedBy(root + ".common..")
                .layer("Config").definedBy(root + ".config..")
                .layer("Identity").definedBy(root + ".identity..")
                .layer("Audit").definedBy(root + ".audit..")
                .layer("Catalogue").definedBy(root + ".catalogue..")
                .layer("Search").definedBy(root + ".search..")
                .layer("Routing").definedBy(root + ".routing..")
                .layer("Referral").definedBy(root + ".referral..")
                .layer("Interop").definedBy(root + ".interop..")
                .layer("Health").definedBy(root + ".health..")
                .layer("Application").definedBy(root);
        return ladder
                .whereLayer("Common").mayNotAccessAnyLayer()
                .whereLayer("Config").mayOnlyAccessLayers("Common")
                .whereLayer("Identity").mayOnlyAccessLayers("Common", "Config")
                .whereLayer("Audit").mayOnlyAccessLayers("Common", "Config", "Identity")
                .whereLayer("Catalogue").mayOnlyAccessLayers("Common", "Config", "Identity", "Audit")
                .whereLayer("Search").mayOnlyAccessLayers("Common", "Config", "Identity", "Audit", "Catalogue")
                .whereLayer("Routing").mayOnlyAccessLayers(FEATURES_BELOW_TOP)
                .whereLayer("Referral").mayOnlyAccessLayers(FEATURES_BELOW_TOP)
                .whereLayer("Interop").mayOnlyAccessLayers(FEATURES_BELOW_TOP)
                .whereLayer("Routing").mayOnlyBeAccessedByLayers("Health", "Application")
                .whereLayer("Referral").mayOnlyBeAccessedByLayers("Health", "Application")
                .whereLayer("Interop").mayOnlyBeAccessedByLayers("Health", "Application")
                .whereLayer("Health").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Application").mayNotBeAccessedByAnyLayer()
                .ensureAllClassesAreContainedInArchitecture();
    }

    /** No two top-level packages depend on each other, however indirectly. */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }
}
