package org.passerelle.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.passerelle.support.RateLimitProfile;

/**
 * The public search has its own per-client limit (5 a minute in this profile), on the cached fast path
 * (CachedSearchRoute) as on the resource, and a search counts once whichever serves it.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class SearchRateLimitTest {

    private static final int LIMIT = 5;
    private static final String PATH = "/api/v1/services";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldAnswer429OnTheCachedFastPath() {
        String client = "203.0.113.50";
        // The first search fills the cache (resource); the next ones are served from it.
        for (int i = 0; i < LIMIT; i++) {
            search(client, "?domain=housing&size=3").statusCode(200);
        }
        assertTooMany(search(client, "?domain=housing&size=3"));
    }

    @Test
    void shouldAnswer429OnTheResource() {
        String client = "203.0.113.51";
        // Each search differs, so each misses the cache and the resource runs: still counted once each.
        for (int i = 1; i <= LIMIT; i++) {
            search(client, "?size=" + i + "&q=logement").statusCode(200);
        }
        assertTooMany(search(client, "?size=9&q=logement"));
    }

    @Test
    void shouldCountAHeadRequestOnTheResource() {
        // HEAD never meets the fast path's GET route: the resource's own check counts it.
        String client = "203.0.113.52";
        for (int i = 0; i < LIMIT; i++) {
            given().header("X-Forwarded-For", client).head(PATH + "?domain=work").then().statusCode(200);
        }
        given().header("X-Forwarded-For", client).head(PATH + "?domain=work").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }

    @Test
    void shouldLimitEachClientAndNeverTheAllowList() {
        String client = "203.0.113.53";
        for (int i = 0; i < LIMIT; i++) {
            search(client, "").statusCode(200);
        }
        assertTooMany(search(client, ""));
        search("203.0.113.54", "").statusCode(200);
        for (int i = 0; i < LIMIT * 3; i++) {
            search(RateLimitProfile.KIOSKS + "31", "").statusCode(200);
        }
    }

    private static ValidatableResponse search(String client, String query) {
        return given().header("X-Forwarded-For", client).get(PATH + query).then();
    }

    private static void assertTooMany(ValidatableResponse response) {
        response.statusCode(429).contentType("application/problem+json").body("status", is(429))
                .body("title", is("Too Many Requests")).body("instance", is(PATH))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("X-Content-Type-Options", is("nosniff"));
    }
}
