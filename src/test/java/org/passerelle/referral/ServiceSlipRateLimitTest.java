package org.passerelle.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.passerelle.support.RateLimitProfile;

/**
 * The public referral slips have their own per-client limit (5 a minute in this profile), counted before the
 * request is checked, so invalid requests cost as much as valid ones; the city hall's kiosks are never limited.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class ServiceSlipRateLimitTest {

    private static final int LIMIT = 5;

    @Test
    void shouldAnswer429PastTheLimitInvalidRequestsIncluded() {
        String client = "203.0.113.70";
        for (int i = 0; i < LIMIT - 1; i++) {
            print(client, "?service=cimade-permanences-juridiques&lang=ar").statusCode(200);
        }
        print(client, "?lang=xx").statusCode(400);
        print(client, "?service=cimade-permanences-juridiques").statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // Another client has its own budget; the kiosks behind the city hall's address have none.
        print("203.0.113.71", "?service=cimade-permanences-juridiques").statusCode(200);
        for (int i = 0; i < LIMIT * 2; i++) {
            print(RateLimitProfile.KIOSKS + "70", "?service=cimade-permanences-juridiques").statusCode(200);
        }
    }

    private static ValidatableResponse print(String client, String query) {
        return given().header("X-Forwarded-For", client).accept("text/html").get("/api/v1/referral-slips" + query)
                .then();
    }
}
