package org.passerelle.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import org.passerelle.support.Personas;

/** Forged or misused tokens get 401 with a Bearer challenge, never a 500 and never data (docs/architecture.md §8). */
@QuarkusTest
class ForgedTokenTest {

    static final String ME = "/api/v1/me";

    @Test
    void shouldAcceptAValidToken() {
        given().auth().oauth2(Personas.PARTNER_A.token()).get(ME).then().statusCode(200)
                .body("principal", is(Personas.PARTNER_A.subject())).body("organization.slug", is("la-cimade"));
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        assertRefused(Personas.PARTNER_A.claims().issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(600)).sign());
    }

    @Test
    void shouldRefuseAnotherIssuer() {
        assertRefused(Personas.COORDINATOR.claims().issuer("https://evil.example.com").sign());
    }

    @Test
    void shouldRefuseAnotherAudience() {
        assertRefused(Personas.COORDINATOR.claims().audience("some-other-api").sign());
    }

    @Test
    void shouldRefuseAlgNone() {
        String payload = Personas.COORDINATOR.token().split("\\.")[1];
        assertRefused(b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".");
    }

    @Test
    void shouldRefuseATamperedSignature() {
        String[] parts = Personas.AGENT.token().split("\\.");
        // Elevate the role in the payload and keep the old signature.
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"agent\"", "\"coordinator\"");
        assertRefused(parts[0] + "." + b64(payload) + "." + parts[2]);
        // Or keep the payload and damage the signature.
        String signature = parts[2];
        char middle = signature.charAt(signature.length() / 2);
        String damaged = signature.substring(0, signature.length() / 2) + (middle == 'A' ? 'B' : 'A')
                + signature.substring(signature.length() / 2 + 1);
        assertRefused(parts[0] + "." + parts[1] + "." + damaged);
    }

    @Test
    void shouldRefuseAnIdTokenSentAsAnAccessToken() {
        assertRefused(Personas.COORDINATOR.claims().claim("typ", "ID").sign());
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-a-jwt", "a.b.c", ".", "..", "...", "a..", "..c", "a.b", "a.b.c.d", "é.é.é",
            "a b.c", "%%.%%.%%" })
    void shouldRefuseGarbage(String token) {
        // Issue 10: "." and ".." gave a 500 and an ERROR stack trace on every protected endpoint.
        for (String path : java.util.List.of(ME, "/api/v1/memberships", "/api/v1/audit-events")) {
            given().header("Authorization", "Bearer " + token).get(path).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer")).body("status", is(401));
        }
        given().header("Authorization", "Bearer " + token).contentType("application/json").body("{}")
                .post("/api/v1/organizations").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldChallengeWithoutRedirectWhenNoCredentials() {
        given().redirects().follow(false).accept("text/html,application/xhtml+xml,*/*;q=0.8").get(ME).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", is("Bearer realm=\"passerelle\""));
    }

    @Test
    void shouldServeThePublicCatalogueWhateverTheToken() {
        given().header("Authorization", "Bearer forged").get("/api/v1/services").then().statusCode(200);
    }

    private static void assertRefused(String token) {
        given().auth().oauth2(token).get(ME).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("status", is(401))
                .body(not(containsString("organization")));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
