package org.passerelle.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A WireMock OIDC provider for every in-process test (no Docker, no Keycloak): it serves the discovery
 * document and the keys that sign the tokens tests mint with smallrye-jwt. The integration tests (*IT)
 * use a real Keycloak instead.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class OidcServerForTests {

    /** The issuer the WireMock provider announces, and that tokens must carry. */
    public static final String ISSUER = "https://server.example.com";

    private OidcServerForTests() {
    }
}
