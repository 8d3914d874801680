package org.passerelle.referral;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The rights and retention tests on a database of their own: they leave withdrawn, erased and anonymised
 * cases and run jobs on past clocks, which the other referral tests (which count the mails and the expiries
 * of the whole database) must not see.
 */
public class RightsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:passerelle-rights;DB_CLOSE_DELAY=-1");
    }
}
