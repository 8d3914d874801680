package org.passerelle.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The identity provider is down: its address is a closed port on loopback. */
public class IdpDownProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/passerelle",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:passerelle-idp-down;DB_CLOSE_DELAY=-1");
    }
}
