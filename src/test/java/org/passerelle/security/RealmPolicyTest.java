package org.passerelle.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The committed realm asks for sound passwords and slows down guessing (issue 10: it had no password
 * policy), and its demo users' passwords (those of the README and the ITs) satisfy that policy.
 * KeycloakRealmIT imports the same file into a real Keycloak.
 */
class RealmPolicyTest {

    static final Path REALM = Path.of("k8s/keycloak/passerelle-realm.json");

    @Test
    void shouldHaveAPasswordPolicy() throws IOException {
        String policy = realm().path("passwordPolicy").asText();
        assertTrue(policy.contains("length(12)"), policy);
        assertTrue(policy.contains("notUsername"), policy);
        assertTrue(policy.contains("notEmail"), policy);
    }

    @Test
    void shouldLockOutBruteForce() throws IOException {
        JsonNode realm = realm();
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        assertTrue(realm.path("failureFactor").asInt(30) <= 10, "lockout after at most 10 failures");
        assertTrue(realm.path("maxFailureWaitSeconds").asInt() >= 300);
    }

    @Test
    void shouldGiveTheDemoUsersPasswordsThatSatisfyThePolicy() throws IOException {
        int users = 0;
        for (JsonNode user : realm().path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                if (!"password".equals(credential.path("type").asText())) {
                    continue;
                }
                String password = credential.path("value").asText();
                String username = user.path("username").asText();
                assertTrue(password.length() >= 12, username);
                assertNotEquals(username.toLowerCase(), password.toLowerCase(), username);
                assertNotEquals(user.path("email").asText().toLowerCase(), password.toLowerCase(), username);
                users++;
            }
        }
        assertEquals(5, users, "the five demo personas with a password (two desk agents)");
    }

    private static JsonNode realm() throws IOException {
        return new ObjectMapper().readTree(REALM.toFile());
    }
}
