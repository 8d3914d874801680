package org.passerelle.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the app under test at the real Keycloak started by {@link KeycloakServer} with the committed realm.
 * stop() does nothing: a shutdown hook stops Keycloak when the test JVM exits, so every IT class shares it.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.auth-server-url", KeycloakServer.ensureStarted(),
                "quarkus.oidc.client-id", "passerelle-web",
                "quarkus.oidc.credentials.secret", "passerelle-web-secret",
                // Nor a default key for the signed links (decision 0018).
                "passerelle.links.secret", "it-only-links-secret-not-for-production-0001",
                // The test browser talks plain HTTP to localhost.
                "quarkus.oidc.authentication.cookie-force-secure", "false",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:passerelle-keycloak-it;DB_CLOSE_DELAY=-1",
                // Health and metrics on a free port: 9000 may be taken on a developer's machine.
                "quarkus.management.port", "0");
    }

    @Override
    public void stop() {
        // Nothing to do: see the class comment.
    }
}
