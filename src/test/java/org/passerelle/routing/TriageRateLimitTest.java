package org.passerelle.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The anonymous triage is rate-limited per client: 429 with Retry-After, then nothing else changes. */
@QuarkusTest
@TestProfile(TriageRateLimitTest.FiveAMinute.class)
class TriageRateLimitTest {

    public static class FiveAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("passerelle.routing.triage-per-minute", "5",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:passerelle-rate;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterPastTheLimit() {
        int ok = 0;
        for (int i = 0; i < 5; i++) {
            ok += triage().statusCode() == 200 ? 1 : 0;
        }
        assertEquals(5, ok);
        triage().then().statusCode(429).contentType("application/problem+json").body("status", is(429))
                .header("Retry-After", matchesPattern("[1-9][0-9]?"));
        // The public catalogue is not limited by the triage's quota.
        given().get("/api/v1/services").then().statusCode(200);
    }

    private static io.restassured.response.Response triage() {
        return given().contentType(ContentType.JSON).body("{\"needs\":[\"housing\"]}").post("/api/v1/triage");
    }
}
