package org.passerelle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.passerelle.support.InMemoryDatabaseResource;

/**
 * The kiosk in a real browser against the packaged jar: runs {@code npm run e2e} in frontend/ (Playwright
 * journeys in fr, ar and uk, axe-core on every page, the inactivity reset, the print view, offline reload,
 * the JS budget and the Lighthouse accessibility gate). Any failure there fails the build.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = InMemoryDatabaseResource.class, restrictToAnnotatedClass = true)
class KioskE2EIT {

    private static final long TIMEOUT_MINUTES = 8;

    @Test
    void shouldPassTheKioskBrowserTests() throws Exception {
        assumeFalse(Boolean.getBoolean("skipFrontendTests"), "frontend tests skipped (-DskipFrontendTests)");
        String port = System.getProperty("quarkus.http.test-port", "8081");
        ProcessBuilder npm = new ProcessBuilder("npm", "run", "e2e").directory(new File("frontend"))
                .redirectErrorStream(true);
        npm.environment().put("BASE_URL", "http://localhost:" + port);
        Process process = npm.start();
        // Through System.out (not inheritIO): failsafe keeps the output in its report and its channel clean.
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(System.out::println);
            } catch (java.io.IOException e) {
                System.out.println("e2e output lost: " + e);
            }
        }, "e2e-output");
        pump.setDaemon(true);
        pump.start();
        boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        pump.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(finished, "npm run e2e did not finish within " + TIMEOUT_MINUTES + " minutes");
        assertEquals(0, process.exitValue(), "npm run e2e failed: see its output above and target/e2e/");
    }
}
