package org.passerelle.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the packaged jar under test at an in-memory H2, so integration tests leave no file behind, and
 * at an IdP that is down.
 */
public class InMemoryDatabaseResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:passerelle-it;DB_CLOSE_DELAY=-1",
                // An IdP that answers nothing: the public catalogue must not depend on it.
                "quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/passerelle",
                // The packaged app has no default client secret (it refuses to start without one).
                "quarkus.oidc.credentials.secret", "passerelle-web-secret",
                // Nor a default key for the signed links (decision 0018).
                "passerelle.links.secret", "it-only-links-secret-not-for-production-0001",
                // Health and metrics on a free port: 9000 may be taken on a developer's machine.
                "quarkus.management.port", "0");
    }

    @Override
    public void stop() {
        // Nothing to stop: the database lives in the jar's process.
    }
}
