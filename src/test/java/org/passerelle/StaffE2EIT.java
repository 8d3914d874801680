package org.passerelle;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.passerelle.support.KeycloakResource;
import org.passerelle.support.NpmRun;

/**
 * The staff shell in a real browser against the packaged jar and a real Keycloak 26 with the committed
 * realm: runs {@code npm run e2e:staff} in frontend/ (sign-in on Keycloak's own login page, the guards of
 * each area, sign-out, the idle lock, axe-core on every screen, desktop and phone sizes; the consent receipt
 * printed to PDF in Arabic, Tigrinya and French and read back).
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakResource.class, restrictToAnnotatedClass = true)
class StaffE2EIT {

    @Test
    void shouldPassTheStaffBrowserTests() throws Exception {
        assumeFalse(Boolean.getBoolean("skipFrontendTests"), "frontend tests skipped (-DskipFrontendTests)");
        NpmRun.script("e2e:staff", 12);
    }
}
