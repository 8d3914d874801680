package org.passerelle;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.passerelle.security.RoleMatrixTest;
import org.passerelle.support.KeycloakResource;
import org.passerelle.support.KeycloakTokens;
import org.passerelle.support.Personas;

/** The whole role matrix again, against the packaged jar, with tokens from the real Keycloak. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakResource.class, restrictToAnnotatedClass = true)
class RoleMatrixIT extends RoleMatrixTest {

    @Override
    protected String token(Personas persona) {
        return switch (persona) {
            case ANONYMOUS -> null;
            case AGENT -> KeycloakTokens.password("agent.demo", "agent-demo-2026").accessToken();
            case AGENT_METZ -> KeycloakTokens.password("agent.metz", "agent-metz-2026").accessToken();
            case COORDINATOR -> KeycloakTokens.password("coordinator.demo", "coordinator-demo-2026").accessToken();
            case PARTNER_A -> KeycloakTokens.password("partner.cimade", "partner-cimade-2026").accessToken();
            case PARTNER_B -> KeycloakTokens.password("partner.adoma", "partner-adoma-2026").accessToken();
            case PARTNER_A_CLIENT -> KeycloakTokens.clientCredentials("partner-la-cimade", "partner-la-cimade-secret");
        };
    }
}
