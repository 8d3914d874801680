package org.passerelle;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.passerelle.support.InMemoryDatabaseResource;
import org.passerelle.support.NpmRun;

/**
 * The kiosk in a real browser against the packaged jar: runs {@code npm run e2e} in frontend/ (Playwright
 * journeys in fr, ar and uk, axe-core on every page, the inactivity reset, the print view, offline reload,
 * the JS budget and the Lighthouse accessibility gate). Any failure there fails the build.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = InMemoryDatabaseResource.class, restrictToAnnotatedClass = true)
class KioskE2EIT {

    @Test
    void shouldPassTheKioskBrowserTests() throws Exception {
        assumeFalse(Boolean.getBoolean("skipFrontendTests"), "frontend tests skipped (-DskipFrontendTests)");
        NpmRun.script("e2e", 15);
    }
}
