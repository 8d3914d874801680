package org.passerelle.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts the Keycloak distribution unpacked by the build (target/keycloak) with the committed realm
 * (k8s/keycloak/passerelle-realm.json), once per JVM. No Docker: it runs {@code kc.sh start-dev} on
 * 127.0.0.1:18180 and a shutdown hook stops it when the test JVM exits, so several test classes share it.
 * If something already answers on that port with the realm's discovery document, it is reused as is.
 */
public final class KeycloakServer {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 18180;
    public static final String REALM = "passerelle";
    public static final String ISSUER = "http://" + HOST + ":" + PORT + "/realms/" + REALM;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Path LOG_FILE = Path.of("target", "keycloak.log");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Process process;
    private static boolean shutdownHookRegistered;

    private KeycloakServer() {
    }

    /** Returns the issuer URL of the passerelle realm, starting Keycloak first if nothing answers there. */
    public static synchronized String ensureStarted() {
        if (answers()) {
            return ISSUER;
        }
        if (process != null && process.isAlive()) {
            waitUntilReady(System.nanoTime());
            return ISSUER;
        }
        Path home = requiredPath("keycloak.home", true);
        Path realmFile = requiredPath("keycloak.realm.file", false);
        try {
            // A fresh dev database, so that an edited realm file is imported again (an existing realm is skipped).
            deleteRecursively(home.resolve("data").resolve("h2"));
            Path importDir = Files.createDirectories(home.resolve("data").resolve("import"));
            Files.copy(realmFile, importDir.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(LOG_FILE.toAbsolutePath().getParent());

            Path kcSh = home.resolve("bin").resolve("kc.sh");
            if (!Files.isExecutable(kcSh) && !kcSh.toFile().setExecutable(true)) {
                throw new IllegalStateException(kcSh + " is not executable");
            }
            ProcessBuilder builder = new ProcessBuilder(kcSh.toString(), "start-dev", "--http-port=" + PORT,
                    "--http-host=" + HOST, "--import-realm")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(LOG_FILE.toFile());
            Map<String, String> env = builder.environment();
            // Only this configuration: no KC_* variable inherited from the developer's shell.
            env.keySet().removeIf(name -> name.startsWith("KC_"));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-local-only");
            env.put("JAVA_OPTS_APPEND", "-Xmx512m");
            env.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));

            long start = System.nanoTime();
            process = builder.start();
            registerShutdownHook();
            waitUntilReady(start);
            System.out.printf("Keycloak ready at %s after %d s (log: %s)%n", ISSUER,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), LOG_FILE.toAbsolutePath());
            return ISSUER;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    private static void waitUntilReady(long startNanos) {
        long deadline = startNanos + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (answers()) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready. End of " + LOG_FILE.toAbsolutePath() + ":\n" + logTail());
            }
            sleep(Duration.ofSeconds(1));
        }
        stop();
        throw new IllegalStateException("Keycloak did not answer " + discoveryUri() + " within "
                + START_TIMEOUT.toSeconds() + " s. End of " + LOG_FILE.toAbsolutePath() + ":\n" + logTail());
    }

    private static boolean answers() {
        try {
            HttpRequest request = HttpRequest.newBuilder(discoveryUri()).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    private static URI discoveryUri() {
        return URI.create(ISSUER + "/.well-known/openid-configuration");
    }

    private static synchronized void registerShutdownHook() {
        if (!shutdownHookRegistered) {
            Runtime.getRuntime().addShutdownHook(new Thread(KeycloakServer::stop, "keycloak-stop"));
            shutdownHookRegistered = true;
        }
    }

    /** Stops the process tree this class started (kc.sh and the Keycloak JVM); does nothing otherwise. */
    private static void stop() {
        Process started = process;
        if (started == null || !started.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = started.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        started.destroy();
        try {
            if (!started.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                descendants.forEach(ProcessHandle::destroyForcibly);
                started.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            descendants.forEach(ProcessHandle::destroyForcibly);
            started.destroyForcibly();
        }
    }

    private static Path requiredPath(String property, boolean directory) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set. Run the *IT tests through"
                    + " Maven (./mvnw verify), which unpacks Keycloak and sets keycloak.home and keycloak.realm.file.");
        }
        Path path = Path.of(value).toAbsolutePath();
        if (directory ? !Files.isDirectory(path) : !Files.isRegularFile(path)) {
            throw new IllegalStateException(property + " points to " + path + ", which is not an existing "
                    + (directory ? "directory (is the Keycloak distribution unpacked?)" : "file"));
        }
        return path;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String logTail() {
        try {
            List<String> lines = Files.readAllLines(LOG_FILE, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
