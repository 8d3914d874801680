package org.passerelle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.support.KeycloakServer;
import org.passerelle.support.KeycloakTokens;
import org.passerelle.support.KeycloakTokens.TokenResponse;
import org.passerelle.support.KeycloakTokens.Tokens;

/**
 * The committed realm (k8s/keycloak/passerelle-realm.json), imported into a real Keycloak: the demo personas
 * and partner clients get the tokens the API expects (issuer, audience, stable subject, realm roles).
 */
class KeycloakRealmIT {

    private static String issuer;

    @BeforeAll
    static void startKeycloak() {
        issuer = KeycloakServer.ensureStarted();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "agent.demo,       agent-demo-2026,       0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000001, agent",
        "coordinator.demo, coordinator-demo-2026, 0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000002, coordinator",
        "partner.cimade,   partner-cimade-2026,   0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000003, partner",
        "partner.adoma,    partner-adoma-2026,    0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000004, partner",
    })
    void personaLogsInWithAnApiAccessToken(String username, String password, String id, String role) {
        Tokens tokens = KeycloakTokens.password(username, password);

        JsonNode access = KeycloakTokens.claims(tokens.accessToken());
        assertEquals(issuer, access.path("iss").asText());
        assertTrue(strings(access.path("aud")).contains("passerelle-api"), "aud: " + access.path("aud"));
        assertEquals(id, access.path("sub").asText());
        assertTrue(strings(access.path("realm_access").path("roles")).contains(role), "roles: " + access.path("realm_access"));
        assertEquals("Bearer", access.path("typ").asText());
        assertEquals("passerelle-web", access.path("azp").asText());

        JsonNode idToken = KeycloakTokens.claims(tokens.idToken());
        assertEquals("ID", idToken.path("typ").asText());
        assertEquals(issuer, idToken.path("iss").asText());
        assertEquals(id, idToken.path("sub").asText());
        assertTrue(strings(idToken.path("aud")).contains("passerelle-web"), "aud: " + idToken.path("aud"));
        // Hybrid mode checks ID tokens against the same audience as access tokens.
        assertTrue(strings(idToken.path("aud")).contains("passerelle-api"), "aud: " + idToken.path("aud"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "partner-la-cimade, partner-la-cimade-secret, 0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000013",
        "partner-adoma,     partner-adoma-secret,     0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000014",
    })
    void partnerClientGetsAPartnerTokenWithClientCredentials(String clientId, String secret, String serviceAccountId) {
        JsonNode access = KeycloakTokens.claims(KeycloakTokens.clientCredentials(clientId, secret));

        assertEquals(issuer, access.path("iss").asText());
        assertEquals(serviceAccountId, access.path("sub").asText());
        assertTrue(strings(access.path("realm_access").path("roles")).contains("partner"), "roles: " + access.path("realm_access"));
        assertTrue(strings(access.path("aud")).contains("passerelle-api"), "aud: " + access.path("aud"));
        assertEquals("Bearer", access.path("typ").asText());
        assertEquals(clientId, access.path("azp").asText());
        assertEquals(clientId, access.path("client_id").asText());
    }

    @Test
    void wrongPasswordIsRefused() {
        TokenResponse response = KeycloakTokens.passwordResponse("agent.demo", "not-the-password");

        // Keycloak 26.7 answers 400 invalid_grant (RFC 6749 section 5.2), not 401, for bad user credentials.
        assertEquals(400, response.status(), response.body().toString());
        assertEquals("invalid_grant", response.body().path("error").asText());
        assertFalse(response.body().has("access_token"));
    }

    @Test
    void wrongClientSecretIsRefused() {
        TokenResponse response = KeycloakTokens.clientCredentialsResponse("partner-adoma", "not-the-secret");

        assertEquals(401, response.status(), response.body().toString());
        assertFalse(response.body().has("access_token"));
    }

    @Test
    void apiClientCannotGetTokensItself() {
        TokenResponse response = KeycloakTokens.clientCredentialsResponse("passerelle-api", "any-secret");

        assertTrue(response.status() >= 400, "HTTP " + response.status() + " " + response.body());
        assertFalse(response.body().has("access_token"));
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else if (node.isTextual()) {
            values.add(node.asText());
        }
        return values;
    }
}
