package org.passerelle.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Small limits for the rate-limit tests (one app boot for all of them). The tests reach the app from
 * loopback, which this profile trusts as the ingress, so each test picks its own clients with
 * X-Forwarded-For (documentation ranges only) and none spends another's quota. 192.0.2.0/24 stands for
 * the city hall's kiosks behind one NAT: allow-listed.
 */
public class RateLimitProfile implements QuarkusTestProfile {

    public static final String KIOSKS = "192.0.2.";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:passerelle-rate;DB_CLOSE_DELAY=-1",
                "passerelle.http.trusted-proxies", "127.0.0.0/8,::1/128",
                // %test. unlimits loopback for every other test; the profile-specific key must be overridden.
                "%test.passerelle.rate-limit.allow", KIOSKS + "0/24",
                "passerelle.rate-limit.triage.rate", "5",
                "passerelle.rate-limit.triage.period", "1m",
                "passerelle.rate-limit.triage.burst", "5",
                "passerelle.rate-limit.search.rate", "5",
                "passerelle.rate-limit.search.period", "1m",
                "passerelle.rate-limit.search.burst", "5",
                "passerelle.rate-limit.unmet-needs-per-day", "2");
    }
}
