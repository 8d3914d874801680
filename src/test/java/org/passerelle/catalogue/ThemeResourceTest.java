package org.passerelle.catalogue;

import static jakarta.ws.rs.core.Response.Status.NOT_MODIFIED;
import static jakarta.ws.rs.core.Response.Status.OK;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.passerelle.support.Api.anonymous;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import org.passerelle.support.Api;

@QuarkusTest
class ThemeResourceTest {

    static final String THEMES = "/api/v1/themes";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void shouldListTheEightDomainsWithTheirThemeCodes() {
        anonymous().header("Accept-Language", "fr").get(THEMES).then().statusCode(OK.getStatusCode())
                .header("Content-Language", is("fr"))
                .body("domains.code", contains("housing", "french", "rights", "work", "health", "school", "daily-life",
                        "emergency"))
                .body("domains[0].label", is("Logement"))
                .body("domains.find { it.code == 'rights' }.themes.code", contains("rights", "administrative"))
                .body("domains.find { it.code == 'work' }.themes.code",
                        contains("employment", "training", "entrepreneurship"))
                .body("domains.find { it.code == 'health' }.themes.code", contains("health", "mental-health"))
                .body("domains.find { it.code == 'daily-life' }.themes.code",
                        contains("social-link", "culture-sport-leisure", "digital", "mobility", "family"))
                .body("domains.find { it.code == 'emergency' }.themes.code", contains("emergency-aid"));
    }

    @Test
    void shouldLabelInEnglishThenFrench() {
        anonymous().header("Accept-Language", "uk").get(THEMES).then()
                .header("Content-Language", is("uk")).body("domains[0].label", is("Житло"));
        anonymous().queryParam("lang", "prs").get(THEMES).then().body("domains[0].lang", is("fa-AF"));
        anonymous().header("Accept-Language", "de, en;q=0.1").get(THEMES).then()
                .header("Content-Language", is("en"))
                .body("domains[1].label", is("Learning French")).body("domains[1].lang", is("en"));
        String etag = anonymous().header("Accept-Language", "en").get(THEMES).header("ETag");
        anonymous().header("Accept-Language", "en").header("If-None-Match", etag).get(THEMES).then()
                .statusCode(NOT_MODIFIED.getStatusCode());
        anonymous().header("Accept-Language", "fr").header("If-None-Match", etag).get(THEMES).then()
                .statusCode(OK.getStatusCode());
    }
}
