package org.passerelle.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an npm script of frontend/ against the packaged app under test (BASE_URL) and fails the test
 * when it fails or overruns. The browser suites (KioskE2EIT, StaffE2EIT) are npm scripts so that a
 * developer runs the same files by hand against any running app.
 */
public final class NpmRun {

    private NpmRun() {
    }

    /** The app under test: failsafe starts the jar on quarkus.http.test-port (8081). */
    public static String baseUrl() {
        return "http://localhost:" + System.getProperty("quarkus.http.test-port", "8081");
    }

    public static void script(String script, long timeoutMinutes) throws IOException, InterruptedException {
        script(script, timeoutMinutes, Map.of());
    }

    /** With more environment for the scripts, such as where a test resource serves what it caught. */
    public static void script(String script, long timeoutMinutes, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder npm = new ProcessBuilder("npm", "run", script).directory(new File("frontend"))
                .redirectErrorStream(true);
        npm.environment().putAll(env);
        npm.environment().put("BASE_URL", baseUrl());
        Process process = npm.start();
        // Through System.out (not inheritIO): failsafe keeps the output in its report and its channel clean.
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(System.out::println);
            } catch (IOException e) {
                System.out.println(script + " output lost: " + e);
            }
        }, script + "-output");
        pump.setDaemon(true);
        pump.start();
        boolean finished = process.waitFor(timeoutMinutes, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        pump.join(TimeUnit.SECONDS.toMillis(10));
        assertTrue(finished, "npm run " + script + " did not finish within " + timeoutMinutes + " minutes");
        assertEquals(0, process.exitValue(), "npm run " + script + " failed: see its output above and target/e2e/");
    }
}
