package org.passerelle.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.passerelle.support.RateLimitProfile;

/**
 * The anonymous triage is limited per client (5 a minute in this profile): 429 problem+json with
 * Retry-After, counted before the body is read, per client behind the trusted ingress.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class TriageRateLimitTest {

    private static final int LIMIT = 5;
    private static final String VALID = "{\"needs\":[\"housing\"]}";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldAnswer429WithRetryAfterPastTheLimit() {
        // No forwarded header: the peer itself (loopback here) is the client.
        int ok = 0;
        for (int i = 0; i < LIMIT; i++) {
            ok += given().contentType(ContentType.JSON).body(VALID).post("/api/v1/triage").statusCode() == 200 ? 1 : 0;
        }
        assertEquals(LIMIT, ok);
        given().contentType(ContentType.JSON).body(VALID).post("/api/v1/triage").then()
                .statusCode(429).contentType("application/problem+json").body("status", is(429))
                .body("type", is("https://passerelle.example/problems/too-many-requests"))
                .body("instance", is("/api/v1/triage"))
                .header("Retry-After", matchesPattern("[1-9][0-9]?"))
                .header("X-Content-Type-Options", is("nosniff"));
        // The public catalogue is not limited by the triage's quota.
        given().get("/api/v1/services").then().statusCode(200);
    }

    @Test
    void shouldCountInvalidBodiesTowardsTheLimit() {
        String client = "203.0.113.10";
        for (String invalid : new String[] {"{\"needs\":[]}", "not json", "{\"needs\":[\"housing\"],\"age\":-4}",
                "{\"needs\":[\"no-such-need\"]}", "{\"unknown\":1}"}) {
            triage(client, invalid).then().statusCode(400);
        }
        // The quota is spent: even a valid plan now waits, and so does another invalid body.
        triage(client, VALID).then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]?"))
                .contentType("application/problem+json").body("detail", containsString("try again in"));
        triage(client, "not json").then().statusCode(429);
    }

    @Test
    void shouldLimitClientsBehindTheTrustedProxySeparately() {
        String first = "203.0.113.20";
        String second = "203.0.113.21";
        for (int i = 0; i < LIMIT; i++) {
            triage(first, VALID).then().statusCode(200);
        }
        triage(first, VALID).then().statusCode(429);
        // A different left-most hop is what a client can write itself: the right-most one is still the client.
        triage("198.51.100." + 7 + ", " + first, VALID).then().statusCode(429);
        triage("198.51.100." + 8 + ", " + first, VALID).then().statusCode(429);
        // Another client behind the same ingress keeps its own quota.
        triage(second, VALID).then().statusCode(200);
    }

    @Test
    void shouldGroupAnIpv6ClientByItsSlash64() {
        for (int i = 1; i <= LIMIT; i++) {
            triage("2001:db8:77:1::" + Integer.toHexString(i), VALID).then().statusCode(200);
        }
        triage("2001:db8:77:1:ffff:ffff:ffff:fffe", VALID).then().statusCode(429);
        triage("2001:db8:77:2::1", VALID).then().statusCode(200);
    }

    @Test
    void shouldNeverLimitTheAllowList() {
        for (int i = 0; i < LIMIT * 3; i++) {
            triage(RateLimitProfile.KIOSKS + "30", VALID).then().statusCode(200);
        }
    }

    @Test
    void shouldLimitTownSuggestionsOnTheirOwnQuotaCountingInvalidBodies() {
        String client = "203.0.113.40";
        for (int i = 0; i < LIMIT - 1; i++) {
            suggest(client, "{\"q\":\"nan\"}").then().statusCode(200);
        }
        suggest(client, "{\"q\":\"x\"}").then().statusCode(400);
        suggest(client, "{\"q\":\"nan\"}").then().statusCode(429).contentType("application/problem+json")
                .body("instance", is("/api/v1/places/suggest"))
                .body("detail", containsString("town suggestions"))
                .header("Retry-After", matchesPattern("[1-9][0-9]?"));
        // The triage keeps its own quota.
        triage(client, VALID).then().statusCode(200);
        suggest(RateLimitProfile.KIOSKS + "31", "{\"q\":\"nan\"}").then().statusCode(200);
    }

    private static Response suggest(String forwardedFor, String body) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON).body(body)
                .post("/api/v1/places/suggest");
    }

    private static Response triage(String forwardedFor, String body) {
        return given().header("X-Forwarded-For", forwardedFor).contentType(ContentType.JSON).body(body)
                .post("/api/v1/triage");
    }
}
