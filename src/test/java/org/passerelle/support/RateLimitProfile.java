package org.passerelle.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Small limits for the rate-limit tests (one app boot for all of them). The tests reach the app from
 * loopback, which this profile trusts as the ingress, so each test picks its own clients with
 * X-Forwarded-For (documentation ranges only) and none spends another's quota. 192.0.2.0/24 stands for
 * the city hall's kiosks behind one NAT: allow-listed.
 * <p>
 * It also serves health and metrics on the management interface, as the packaged app does, for
 * ManagementInterfaceTest: that test needs only a boot with the management interface on, and sharing this
 * one saves it a boot of its own (issue 12). No rate-limit test reads /q, and rate limits cover triage,
 * search, town suggestions and the public slips only, so neither set of tests sees the other's settings.
 */
public class RateLimitProfile implements QuarkusTestProfile {

    public static final String KIOSKS = "192.0.2.";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new java.util.HashMap<>();
        config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:passerelle-rate;DB_CLOSE_DELAY=-1");
        config.put("passerelle.http.trusted-proxies", "127.0.0.0/8,::1/128");
        // %test. unlimits loopback for every other test; the profile-specific key must be overridden.
        config.put("%test.passerelle.rate-limit.allow", KIOSKS + "0/24");
        config.put("passerelle.rate-limit.triage.rate", "5");
        config.put("passerelle.rate-limit.triage.period", "1m");
        config.put("passerelle.rate-limit.triage.burst", "5");
        config.put("passerelle.rate-limit.search.rate", "5");
        config.put("passerelle.rate-limit.search.period", "1m");
        config.put("passerelle.rate-limit.search.burst", "5");
        config.put("passerelle.rate-limit.places.rate", "5");
        config.put("passerelle.rate-limit.places.period", "1m");
        config.put("passerelle.rate-limit.places.burst", "5");
        config.put("passerelle.rate-limit.prints.rate", "5");
        config.put("passerelle.rate-limit.prints.period", "1m");
        config.put("passerelle.rate-limit.prints.burst", "5");
        config.put("passerelle.rate-limit.unmet-needs-per-day", "2");
        // %test wins over a plain key, so the override names the profile too.
        config.put("%test.quarkus.management.enabled", "true");
        config.put("quarkus.management.enabled", "true");
        config.put("quarkus.management.test-port", "0");
        return config;
    }
}
