package org.passerelle.interop;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.support.Api.anonymous;

import java.util.List;

import jakarta.inject.Inject;

import org.hamcrest.MatcherAssert;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.passerelle.catalogue.InitiativeRepository;
import org.passerelle.catalogue.OrganizationRepository;
import org.passerelle.catalogue.ServiceOfferRepository;

@QuarkusTest
class DemoCatalogueLoaderTest {

    @Inject
    DemoCatalogueLoader loader;
    @Inject
    ServiceOfferRepository services;
    @Inject
    InitiativeRepository initiatives;
    @Inject
    OrganizationRepository organizations;

    @Test
    void shouldHaveImportedTheWholeDemoCatalogueAtStartup() {
        assertEquals(125, count(services::count));
        assertEquals(156, count(initiatives::count));
        assertEquals(46, count(organizations::count), "44 from the data and the two illustrative desks");
    }

    @Test
    void shouldCarryTheScopeOfEveryServiceAsTheDataStatesIt() {
        java.util.Map<String, String> expected = new java.util.TreeMap<>();
        org.passerelle.support.DemoData.services().forEach(s -> expected.put(s.path("id").asText(),
                s.path("territory").path("scope").asText()));
        java.util.Map<String, String> loaded = QuarkusTransaction.requiringNew().call(() -> services.listAll().stream()
                .filter(s -> expected.containsKey(s.slug))
                .collect(java.util.stream.Collectors.toMap(s -> s.slug, s -> s.territory.scope.code(), (a, b) -> a,
                        java.util.TreeMap::new)));
        assertEquals(expected, loaded);
        assertEquals(java.util.Map.of("local", 66L, "national-remote", 7L, "national-network", 21L, "unknown", 31L),
                loaded.values().stream().collect(java.util.stream.Collectors.groupingBy(v -> v,
                        java.util.stream.Collectors.counting())));
        // And the API shows it, with the note that supports it.
        anonymous().get("/api/v1/services/dihal-plateforme-nationale-logement-refugies").then().statusCode(200)
                .body("territory.scope", is("national-remote")).body("territory.city", Matchers.nullValue())
                .body("territory.scopeNote", Matchers.notNullValue());
    }

    @Test
    void shouldApplyTheCuratorsCorrectionsAsInferredFactsWithTheirReason() {
        io.restassured.path.json.JsonPath university = io.restassured.RestAssured.given()
                .get("/api/v1/services/each-one-passerelles-universites").then().statusCode(200).extract().jsonPath();
        assertEquals(18, university.getInt("eligibility.minAge"));
        org.junit.jupiter.api.Assertions.assertTrue(university.getList("inferred").contains("eligibility.minAge"));
        org.junit.jupiter.api.Assertions.assertTrue(university.getString("curatorNote").contains("Curated: "),
                university.getString("curatorNote"));
        io.restassured.path.json.JsonPath exams = io.restassured.RestAssured.given()
                .get("/api/v1/services/caec-sessions-examens-langue").then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertNull(exams.get("territory.city"));
        assertEquals("Meurthe-et-Moselle / Meuse / Moselle / Vosges", exams.getString("territory.department"));
        // A service the curator did not touch is as the data says.
        io.restassured.path.json.JsonPath untouched = io.restassured.RestAssured.given()
                .get("/api/v1/services/cimade-permanences-juridiques").then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertFalse(String.valueOf(untouched.getString("curatorNote")).contains("Curated"));
    }

    @Test
    void shouldAddNothingWhenRunAgain() {
        LoadReport report = loader.load();
        assertEquals(new LoadReport.Counts(0, 46, 0), report.organizations());
        assertEquals(new LoadReport.Counts(0, 156, 0), report.initiatives());
        assertEquals(new LoadReport.Counts(0, 125, 0), report.services());
        // Translations (issue 14): none added again and none refused, whichever files the folder holds.
        assertEquals(0, report.translations().added());
        assertEquals(0, report.translations().rejected());
        assertEquals(List.of(), report.rejections());
        assertEquals(125, count(services::count));
    }

    @Test
    void shouldSkipMalformedRecordsByIdAndNeverHalfImportThem() {
        LoadReport report = loader.load("demo-catalogue-broken/");

        assertEquals(new LoadReport.Counts(0, 1, 7), report.services(), () -> report.rejections().toString());
        assertEquals(new LoadReport.Counts(0, 0, 1), report.organizations());
        List<String> rejections = report.rejections();
        assertRejected(rejections, "Bad Id!: id must be a kebab-case id");
        assertRejected(rejections, "demo-catalogue-broken/initiatives-002.json: not a JSON array");
        assertRejected(rejections, "broken-shape: does not match the expected shape");
        assertRejected(rejections, "broken-theme: unknown theme codes [teleportation]");
        assertRejected(rejections, "broken-org: organizationId matches no organisation");
        assertRejected(rejections, "broken-validation: eligibility.minAge must be less than or equal to 120");
        assertRejected(rejections, "broken-primary: primaryTheme must be one of its themes");
        assertRejected(rejections, "#7: does not match the expected shape");
        // The language tag is too long for its column: the database refuses the text row after the
        // service row was written, and the whole record is rolled back.
        assertRejected(rejections, "broken-lang: could not be stored");

        assertEquals(125, count(services::count));
        for (String slug : List.of("broken-lang", "broken-theme", "broken-org", "broken-shape")) {
            anonymous().get("/api/v1/services/" + slug).then().statusCode(404);
        }
        anonymous().get("/api/v1/services/aajt-coup-de-pouce").then().statusCode(200).body("version", is(0));
    }

    private static void assertRejected(List<String> rejections, String prefix) {
        assertTrue(rejections.stream().anyMatch(r -> r.startsWith(prefix)), () -> prefix + " not in " + rejections);
        MatcherAssert.assertThat(rejections, Matchers.hasItem(startsWith(prefix)));
    }

    private static long count(java.util.function.Supplier<Long> counter) {
        return QuarkusTransaction.requiringNew().call(counter::get);
    }
}
