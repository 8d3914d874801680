package org.passerelle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package ladder as a rule (plain JUnit, no app boot): the real code keeps it, and a fixture that
 * breaks it is caught, so a passing run means the rules have teeth.
 */
class ArchitectureTest {

    static JavaClasses main;
    static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("org.passerelle");
        fixture = new ClassFileImporter().importPackages("org.passerelle.archfixture");
    }

    @Test
    void theImportsCoverTheRealCodeAndOnlyIt() {
        assertTrue(main.contain("org.passerelle.catalogue.ServiceCatalogue"), "main classes imported");
        assertTrue(main.size() > 100, "imported " + main.size() + " main classes");
        assertFalse(main.stream().anyMatch(c -> c.getPackageName().startsWith("org.passerelle.archfixture")),
                "the fixture is test code and stays out of the real check");
        assertTrue(fixture.size() >= 3, "imported " + fixture.size() + " fixture classes");
    }

    @Test
    void everyImportRunsDownTheLadder() {
        Ladder.layers("org.passerelle").check(main);
    }

    @Test
    void noPackageCycle() {
        Ladder.noCycles("org.passerelle").check(main);
    }

    @Test
    void anImportRunningBackUpIsCaught() {
        EvaluationResult result = Ladder.layers("org.passerelle.archfixture").evaluate(fixture);
        assertTrue(result.hasViolation(), "the fixture breaks the ladder");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains("archfixture.common.Paging") && report.contains("archfixture.catalogue.Offer"),
                "common -> catalogue reported:\n" + report);
        assertTrue(report.contains("archfixture.catalogue.Offer") && report.contains("archfixture.search.Index"),
                "catalogue -> search reported:\n" + report);
        assertFalse(report.contains("Field <org.passerelle.archfixture.search.Index.offer>"),
                "search -> catalogue runs down and is allowed:\n" + report);
    }

    @Test
    void aPackageCycleIsCaught() {
        EvaluationResult result = Ladder.noCycles("org.passerelle.archfixture").evaluate(fixture);
        assertTrue(result.hasViolation(), "catalogue and search import each other in the fixture");
        List<String> details = result.getFailureReport().getDetails();
        assertTrue(details.stream().anyMatch(d -> d.contains("catalogue") && d.contains("search")), String.join("\n", details));
    }
}
