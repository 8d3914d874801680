package org.passerelle;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.passerelle.support.KeycloakResource;
import org.passerelle.support.MailSinkResource;
import org.passerelle.support.NpmRun;

/**
 * The staff shell in a real browser against the packaged jar and a real Keycloak 26 with the committed
 * realm: runs {@code npm run e2e:staff} in frontend/ (sign-in on Keycloak's own login page, the guards of
 * each area, sign-out, the idle lock, axe-core on every screen, desktop and phone sizes; the consent receipt
 * printed to PDF in Arabic, Tigrinya and French and read back; a partner with no account answering through the
 * signed link read from a real SMTP sink, on a phone). The jar sends its mail to {@link MailSinkResource}, whose
 * messages the Node tests read at MAIL_SINK_URL.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = MailSinkResource.class, restrictToAnnotatedClass = true)
class StaffE2EIT {

    @Test
    void shouldPassTheStaffBrowserTests() throws Exception {
        assumeFalse(Boolean.getBoolean("skipFrontendTests"), "frontend tests skipped (-DskipFrontendTests)");
        String sink = System.getProperty(MailSinkResource.URL_PROPERTY);
        assertNotNull(sink, "the mail sink did not start");
        NpmRun.script("e2e:staff", 15, Map.of("MAIL_SINK_URL", sink));
    }
}
