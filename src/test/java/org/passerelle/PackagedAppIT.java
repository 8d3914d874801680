package org.passerelle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.passerelle.support.InMemoryDatabaseResource;

/** Black-box checks of the packaged jar: the SPA built by Quinoa, its routing, and the API beside it. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = InMemoryDatabaseResource.class, restrictToAnnotatedClass = true)
class PackagedAppIT {

    @Test
    void shouldServeTheSpaAtTheRoot() {
        given().accept("text/html").get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"app\""))
                .body(containsString("/assets/"));
    }

    @Test
    void shouldMakeBrowsersRevalidateTheSpaShellButKeepTheHashedBundles() {
        for (String path : new String[] { "/", "/desk", "/kiosk/plan", "/sw.js", "/manifest.webmanifest" }) {
            given().get(path).then().statusCode(200).header("Cache-Control", is("no-cache"));
        }
        String html = given().accept("text/html").get("/").then().extract().asString();
        java.util.regex.Matcher bundle = java.util.regex.Pattern.compile("/assets/[^\"]+\\.js").matcher(html);
        org.junit.jupiter.api.Assertions.assertTrue(bundle.find(), html);
        given().get(bundle.group()).then().statusCode(200).header("Cache-Control", containsString("immutable"));
    }

    @Test
    void shouldServeTheSpaForItsOwnRoutes() {
        given().accept("text/html").get("/kiosk/plan").then().statusCode(200)
                .body(containsString("<div id=\"app\""));
    }

    @Test
    void shouldServeTheSignedLinkPageThatNoCacheKeepsNorEngineIndexes() {
        // Decision 0018: /r/{token} is the SPA's page, and its address a credential (SignedLinkPage).
        String token = "AQHx3b2cY9xk1bq0ZQ4mE7u9fH2Jr6wLpN8sT1vA3cD5eF7gH9iJ.k3J9mQ2xV7bN1cR5tY8uI0oP4aS6dF9gH2jK5lZ8xC1v";
        given().accept("text/html").get("/r/" + token).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"app\""))
                .header("Cache-Control", is("no-store"))
                .header("X-Robots-Tag", containsString("noindex"))
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("script-src 'self';"));
        // The kiosk's shell keeps its own rule.
        given().accept("text/html").get("/kiosk/plan").then().header("Cache-Control", is("no-cache"));
    }

    @Test
    void shouldServeTheHousingServicesOfTheDemoCatalogue() {
        given().accept("application/json").queryParam("domain", "housing").get("/api/v1/services").then()
                .statusCode(200).body("totalItems", is(30));
    }

    @Test
    void shouldKeepThePublicCatalogueWorkingWhenTheIdpIsDown() {
        // This jar's IdP address answers nothing (InMemoryDatabaseResource): reads still work, and a
        // token cannot be checked, which is a 503 problem with Retry-After, never a 500.
        given().accept("application/json").get("/api/v1/services/aajt-coup-de-pouce").then().statusCode(200);
        given().accept("application/json").header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")
                .get("/api/v1/me").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "30");
    }

    @Test
    void shouldKeepProblemsForUnknownApiPaths() {
        given().accept("application/json").get("/api/v1/unknown").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldSendSecurityHeadersOnTheSpaAndTheApi() {
        // docs/architecture.md §8, headers: nosniff and no referrer everywhere; a strict CSP on the SPA and the API
        // (the kiosk runs with it in KioskE2EIT); HSTS in prod.
        for (String path : java.util.List.of("/", "/kiosk/plan", "/api/v1/services?domain=housing",
                "/api/v1/services?domain=housing", "/api/v1/nowhere")) {
            given().get(path).then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("X-Frame-Options", "DENY")
                    .header("Strict-Transport-Security", containsString("max-age="))
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
        // The camera only on the desk's pages, on this origin, for the visit's QR scan; never on the kiosk.
        for (String path : java.util.List.of("/desk", "/desk/visit", "/staff")) {
            io.restassured.response.Response desk = given().get(path);
            org.junit.jupiter.api.Assertions.assertEquals(1, desk.headers().getList("Permissions-Policy").size(), path);
            desk.then().header("Permissions-Policy", containsString("camera=(self)"))
                    .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer");
        }
        for (String path : java.util.List.of("/", "/kiosk/plan", "/partner", "/desktop", "/api/v1/services?domain=housing")) {
            given().get(path).then().header("Permissions-Policy", containsString("camera=()"));
        }
        // Dev routes are absent from the packaged app.
        given().get("/q/dev-ui").then().statusCode(404);
        given().get("/q/dev").then().statusCode(404);
    }
}
