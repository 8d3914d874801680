package org.passerelle.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Tests that write to the catalogue run on their own database, so the read tests keep the demo
 * catalogue exactly as the data files describe it.
 */
public class WritesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:passerelle-writes;DB_CLOSE_DELAY=-1");
    }
}
