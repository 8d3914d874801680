package org.passerelle.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import org.passerelle.support.Api;

/**
 * The signed link's page, /r/{token}: its address is a credential, so no cache keeps it and no search engine
 * indexes it, and no Referer leaves it (decision 0018). In-process the SPA is not built (Quinoa runs in the
 * packaged app only), so these read the headers of whatever answers the path; PackagedAppIT reads them on the
 * page the jar serves.
 */
@QuarkusTest
class SignedLinkPageTest {

    /** Shaped like a real token (two base64url parts); no link has it. */
    static final String TOKEN = "AQHx3b2cY9xk1bq0ZQ4mE7u9fH2Jr6wLpN8sT1vA3cD5eF7gH9iJ0kL2mN4oP6qR8sT0uV2wX4yZ6"
            + ".k3J9mQ2xV7bN1cR5tY8uI0oP4aS6dF9gH2jK5lZ8xC1v";

    static {
        Api.configure();
    }

    @Test
    void shouldNeverLetAnyCacheKeepTheLinkPageNorAnEngineIndexIt() {
        for (String path : new String[] { "/r/" + TOKEN, "/r/" + TOKEN + "/", "/r/not-a-token", "/r" }) {
            given().redirects().follow(false).get(path).then()
                    .header("Cache-Control", is("no-store"))
                    .header("X-Robots-Tag", is("noindex, nofollow, noarchive"))
                    .header("Referrer-Policy", is("no-referrer"))
                    .header("X-Content-Type-Options", is("nosniff"));
        }
    }

    @Test
    void shouldLeaveTheOtherPagesAndTheLinkApiToTheirOwnRules() {
        given().get("/kiosk/plan").then().header("X-Robots-Tag", nullValue())
                .header("Cache-Control", not(is("no-store")));
        given().get("/rules").then().header("X-Robots-Tag", nullValue());
        // The API of the links says no-store itself (NoStore), as every referral answer does.
        given().accept("application/json").get("/api/v1/referral-links/" + TOKEN).then().statusCode(404)
                .header("Cache-Control", is("no-store")).header("X-Robots-Tag", nullValue());
    }

    @Test
    void shouldMatchTheLinkPagesOnly() {
        for (String path : new String[] { "/r", "/r/", "/r/abc.def", "/r/abc.def/" }) {
            assertTrue(SignedLinkPage.isLinkPage(path), path);
        }
        for (String path : new String[] { "/", "/rules", "/api/v1/referral-links/abc.def", "/kiosk/r/abc", "/R/abc", "" }) {
            assertFalse(SignedLinkPage.isLinkPage(path), path);
        }
        assertFalse(SignedLinkPage.isLinkPage(null));
    }
}
