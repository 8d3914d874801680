package org.passerelle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.WebConnectionWrapper;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.http.Cookie;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.passerelle.support.Fixtures;
import org.passerelle.support.KeycloakResource;
import org.passerelle.support.KeycloakTokens;

/**
 * The packaged jar against a real Keycloak 26 started from its distribution with the committed realm:
 * password logins, client credentials, the role checks, and the browser's server-side code flow.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakResource.class, restrictToAnnotatedClass = true)
class SecurityIT {

    static final String CIMADE_SERVICE = "/api/v1/services/cimade-permanences-juridiques";
    static final String PARTNER_CIMADE_SUB = "0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000003";

    record Persona(String username, String password, String role) {
    }

    static final List<Persona> PERSONAS = List.of(
            new Persona("agent.demo", "agent-demo-2026", "agent"),
            new Persona("coordinator.demo", "coordinator-demo-2026", "coordinator"),
            new Persona("partner.cimade", "partner-cimade-2026", "partner"),
            new Persona("partner.adoma", "partner-adoma-2026", "partner"));

    @Test
    void shouldKnowEveryPersonaLoggedInWithItsPassword() {
        for (Persona persona : PERSONAS) {
            bearer(KeycloakTokens.password(persona.username(), persona.password()).accessToken())
                    .get("/api/v1/me").then().statusCode(200)
                    .body("kind", is("user")).body("username", is(persona.username()))
                    .body("roles", hasItem(persona.role()));
        }
        bearer(KeycloakTokens.password("partner.cimade", "partner-cimade-2026").accessToken()).get("/api/v1/me")
                .then().body("principal", is(PARTNER_CIMADE_SUB)).body("organization.slug", is("la-cimade"));
        // The agent acts for the Nancy desk, through the membership table.
        bearer(KeycloakTokens.password("agent.demo", "agent-demo-2026").accessToken()).get("/api/v1/me")
                .then().body("organization.slug", is("guichet-unique-nancy"));
    }

    @Test
    void shouldLetAPartnerSystemChangeOnlyItsOwnServices() {
        String cimade = KeycloakTokens.clientCredentials("partner-la-cimade", "partner-la-cimade-secret");
        String adoma = KeycloakTokens.clientCredentials("partner-adoma", "partner-adoma-secret");
        bearer(cimade).get("/api/v1/me").then().statusCode(200).body("kind", is("client"))
                .body("principal", is("partner-la-cimade")).body("organization.slug", is("la-cimade"));

        var body = Fixtures.example("updateService", "cimade-permanences-juridiques");
        bearer(adoma).contentType(ContentType.JSON).header("If-Match", etag(CIMADE_SERVICE)).body(body.toString())
                .put(CIMADE_SERVICE).then().statusCode(404);
        bearer(cimade).contentType(ContentType.JSON).header("If-Match", etag(CIMADE_SERVICE)).body(body.toString())
                .put(CIMADE_SERVICE).then().statusCode(200).body("name", is("Legal advice desk (Lyon)"));
        given().accept(ContentType.JSON).get(CIMADE_SERVICE).then().body("access.mode", is("walk-in"));
    }

    @Test
    void shouldAnswer401And403AsTheMatrixSays() {
        String agent = KeycloakTokens.password("agent.demo", "agent-demo-2026").accessToken();
        String coordinator = KeycloakTokens.password("coordinator.demo", "coordinator-demo-2026").accessToken();
        given().accept(ContentType.JSON).get("/api/v1/memberships").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        bearer(agent).get("/api/v1/memberships").then().statusCode(403);
        bearer(coordinator).get("/api/v1/memberships").then().statusCode(200)
                .body("principal", hasItem("partner-la-cimade"));
        String partner = KeycloakTokens.password("partner.adoma", "partner-adoma-2026").accessToken();
        bearer(partner).get("/api/v1/audit-events").then().statusCode(403);
    }

    @Test
    void shouldRefuseAnIdTokenAsAnAccessToken() {
        String idToken = KeycloakTokens.password("coordinator.demo", "coordinator-demo-2026").idToken();
        assertNotNull(idToken);
        bearer(idToken).get("/api/v1/me").then().statusCode(401).header("WWW-Authenticate",
                containsString("invalid_token"));
    }

    @Test
    void shouldSignInThroughTheServerSideCodeFlowAndProtectCookieWrites() throws Exception {
        try (WebClient browser = new WebClient()) {
            browser.getOptions().setJavaScriptEnabled(false);
            browser.getOptions().setCssEnabled(false);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            treatLoopbackAsSecure(browser);
            String base = baseUrl();

            Page start = browser.getPage(base + "/login?return=/api/v1/me");
            assertTrue(start instanceof HtmlPage, () -> "a login page, not " + start.getWebResponse().getStatusCode()
                    + " " + start.getUrl() + " " + start.getWebResponse().getContentAsString());
            HtmlPage login = (HtmlPage) start;
            assertTrue(login.getUrl().toString().startsWith("http://127.0.0.1:18180/realms/passerelle/"),
                    "the browser goes to Keycloak: " + login.getUrl());
            HtmlForm form = login.getHtmlElementById("kc-form-login");
            form.getInputByName("username").type("partner.cimade");
            form.getInputByName("password").type("partner-cimade-2026");
            Page me = login.getHtmlElementById("kc-login").click();

            assertEquals(200, me.getWebResponse().getStatusCode(), () -> me.getUrl() + " "
                    + me.getWebResponse().getContentAsString());
            assertTrue(me.getUrl().toString().startsWith(base + "/api/v1/me"), me.getUrl().toString());
            assertTrue(me.getWebResponse().getContentAsString().contains(PARTNER_CIMADE_SUB));

            Cookie session = browser.getCookieManager().getCookies().stream()
                    .filter(c -> c.getName().startsWith("q_session")).findFirst().orElseThrow();
            assertTrue(session.isHttpOnly(), "the session cookie is HttpOnly");
            Cookie csrf = browser.getCookieManager().getCookie("passerelle-csrf");
            assertNotNull(csrf, "login sets the CSRF cookie");

            String body = Fixtures.example("updateService", "cimade-permanences-juridiques").toString();
            WebRequest write = new WebRequest(new URL(base + CIMADE_SERVICE), HttpMethod.PUT);
            write.setAdditionalHeader("Content-Type", "application/json; charset=UTF-8");
            write.setCharset(java.nio.charset.StandardCharsets.UTF_8);
            write.setAdditionalHeader("Accept", "application/json");
            write.setRequestBody(body);
            assertEquals(403, browser.getPage(write).getWebResponse().getStatusCode(), "no CSRF header, no write");

            write.setAdditionalHeader("X-CSRF-Token", csrf.getValue());
            write.setAdditionalHeader("If-Match", etag(CIMADE_SERVICE));
            Page written = browser.getPage(write);
            assertEquals(200, written.getWebResponse().getStatusCode(),
                    written.getWebResponse().getContentAsString());

            browser.getPage(base + "/logout");
            Page after = browser.getPage(base + "/api/v1/me");
            assertEquals(401, after.getWebResponse().getStatusCode());
        }
    }

    /**
     * Keycloak marks its login cookies Secure (and SameSite=None) even over HTTP. Browsers still send
     * them to 127.0.0.1, which they treat as a secure context; HtmlUnit does not. After each response,
     * loopback cookies lose the two attributes, so the test browser sends what a real one sends.
     */
    private static void treatLoopbackAsSecure(WebClient browser) {
        new WebConnectionWrapper(browser) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                WebResponse response = super.getResponse(request);
                var cookies = browser.getCookieManager();
                for (Cookie cookie : new ArrayList<>(cookies.getCookies())) {
                    if (cookie.isSecure() && "127.0.0.1".equals(cookie.getDomain())) {
                        cookies.removeCookie(cookie);
                        cookies.addCookie(new Cookie(cookie.getDomain(), cookie.getName(), cookie.getValue(),
                                cookie.getPath(), cookie.getExpires(), false, cookie.isHttpOnly(), "lax"));
                    }
                }
                return response;
            }
        };
    }

    private static RequestSpecification bearer(String token) {
        return given().accept(ContentType.JSON).auth().oauth2(token);
    }

    private static String etag(String path) {
        return given().accept(ContentType.JSON).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String baseUrl() {
        return "http://localhost:" + io.restassured.RestAssured.port;
    }
}
