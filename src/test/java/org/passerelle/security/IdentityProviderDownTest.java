package org.passerelle.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.passerelle.support.IdpDownProfile;
import org.passerelle.support.Personas;

/**
 * With the IdP down, the public catalogue works, a token that is not a JWT is still refused (no IdP is
 * needed for that), a real one meets a documented 503, and the browser's sign-in says so (issue 10).
 */
@QuarkusTest
@TestProfile(IdpDownProfile.class)
class IdentityProviderDownTest {

    @Test
    void shouldServeThePublicCatalogue() {
        given().accept("application/json").get("/api/v1/services/aajt-coup-de-pouce").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { ".", "..", "...", "not-a-jwt", "a.b", "a.b.c.d", "é.é.é" })
    void shouldRefuseATokenThatIsNotAJwtWithoutTheIdp(String token) {
        given().accept("application/json").header("Authorization", "Bearer " + token).get("/api/v1/me").then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer")).body("status", is(401));
    }

    @Test
    void shouldAnswerAProblem503WithRetryAfterForARealToken() {
        given().accept("application/json").auth().oauth2(Personas.COORDINATOR.token()).get("/api/v1/memberships")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "30")
                .body("status", is(503)).body(not(containsString("Exception")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/login", "/logout" })
    void shouldAnswerAProblem503OnSignInForAnApiClient(String path) {
        given().redirects().follow(false).accept("application/json").get(path).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "30").body("status", is(503))
                .body("instance", is(path));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/login", "/logout" })
    void shouldShowABrowserAPlainPage(String path) {
        given().redirects().follow(false).accept("text/html,application/xhtml+xml,*/*;q=0.8").get(path).then()
                .statusCode(503).contentType(startsWith("text/html")).header("Retry-After", "30")
                .body(containsString("<html")).body(not(containsString("Exception")));
    }
}
