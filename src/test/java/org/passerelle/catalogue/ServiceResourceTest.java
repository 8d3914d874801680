package org.passerelle.catalogue;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.NOT_MODIFIED;
import static jakarta.ws.rs.core.Response.Status.OK;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.support.Api.PROBLEM_JSON;
import static org.passerelle.support.Api.allSlugs;
import static org.passerelle.support.Api.anonymous;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.passerelle.support.Api;
import org.passerelle.support.DemoData;

@QuarkusTest
class ServiceResourceTest {

    static final String SERVICES = "/api/v1/services";
    static final String COUP_DE_POUCE = "aajt-coup-de-pouce";
    /** uuid5(7b1f5c8e-3f0a-5d2c-9a4e-1c6b0e8d4f21, "service:aajt-coup-de-pouce"), computed outside Java. */
    static final String COUP_DE_POUCE_ID = "81ca95eb-3427-5bc0-97b0-6c64c5fbd19f";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void shouldListActiveServicesByDefaultInSlugOrder() {
        List<String> expected = DemoData.activeSlugs(s -> true);
        assertEquals(118, expected.size(), "the demo catalogue has 118 active services");
        assertEquals(expected, allSlugs(SERVICES));
    }

    @Test
    void shouldPageWithTotalsAndDefaultSize() {
        anonymous().get(SERVICES).then().statusCode(OK.getStatusCode())
                .body("page", is(1)).body("size", is(20)).body("totalItems", is(118)).body("totalPages", is(6))
                .body("items", hasSize(20));
        anonymous().queryParam("page", 6).get(SERVICES).then().statusCode(OK.getStatusCode())
                .body("items", hasSize(18));
        anonymous().queryParam("page", 7).get(SERVICES).then().statusCode(OK.getStatusCode())
                .body("items", empty()).body("totalItems", is(118));
        anonymous().queryParam("size", 100).get(SERVICES).then().body("items", hasSize(100));
        anonymous().queryParam("size", 1).get(SERVICES).then().body("items", hasSize(1)).body("totalPages", is(118));
    }

    @Test
    void shouldKeepPagesDisjointAndStable() {
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= 12; page++) {
            pages.addAll(anonymous().queryParam("size", 10).queryParam("page", page).get(SERVICES)
                    .jsonPath().getList("items.slug", String.class));
        }
        assertEquals(118, new HashSet<>(pages).size());
        assertEquals(DemoData.activeSlugs(s -> true), pages);
    }

    @Test
    void shouldFilterByDomain() {
        List<String> housing = DemoData.activeSlugs(s -> DemoData.hasTheme(s, "housing"));
        assertEquals(30, housing.size());
        assertEquals(housing, allSlugs(SERVICES, "domain", "housing"));
        assertEquals(DemoData.activeSlugs(s -> DemoData.hasTheme(s, "employment", "training", "entrepreneurship")),
                allSlugs(SERVICES, "domain", "work"));
        anonymous().queryParam("domain", "housing").get(SERVICES).then()
                .body("items.domains", everyItem(hasItem("housing")));
    }

    @Test
    void shouldFilterByTheme() {
        assertEquals(DemoData.activeSlugs(s -> DemoData.hasTheme(s, "mental-health")),
                allSlugs(SERVICES, "theme", "mental-health"));
    }

    @Test
    void shouldFilterByCityIgnoringAccentsAndCase() {
        List<String> besancon = DemoData.activeSlugs(s -> "Besançon".equals(DemoData.text(s, "territory.city")));
        assertEquals(6, besancon.size());
        assertEquals(besancon, allSlugs(SERVICES, "city", "Besançon"));
        assertEquals(besancon, allSlugs(SERVICES, "city", "besancon"));
        assertEquals(besancon, allSlugs(SERVICES, "city", " BESANÇON "));
    }

    @Test
    void shouldFilterByRegion() {
        assertEquals(DemoData.activeSlugs(s -> "Grand Est".equals(DemoData.text(s, "territory.region"))),
                allSlugs(SERVICES, "region", "grand est"));
    }

    @Test
    void shouldFilterByAccessMode() {
        assertEquals(List.of(COUP_DE_POUCE), allSlugs(SERVICES, "accessMode", "committee"));
        assertEquals(DemoData.activeSlugs(s -> "walk-in".equals(DemoData.text(s, "access.mode"))),
                allSlugs(SERVICES, "accessMode", "walk-in"));
    }

    @Test
    void shouldFilterByOrganizationSlugOrId() {
        List<String> cimade = DemoData.activeSlugs(s -> "la-cimade".equals(DemoData.text(s, "organizationId")));
        assertEquals(cimade, allSlugs(SERVICES, "organization", "la-cimade"));
        String id = anonymous().get("/api/v1/organizations/la-cimade").jsonPath().getString("id");
        assertEquals(cimade, allSlugs(SERVICES, "organization", id));
    }

    @Test
    void shouldFilterByStatus() {
        List<String> inactive = DemoData.slugs(DemoData.services().stream()
                .filter(s -> "inactive".equals(DemoData.text(s, "status"))).toList());
        assertEquals(7, inactive.size());
        assertEquals(inactive, allSlugs(SERVICES, "status", "inactive"));
        assertEquals(List.of(), allSlugs(SERVICES, "status", "defunct"));
    }

    @Test
    void shouldFindEveryServiceThatSaysTheWord() {
        // Every active service whose French or English text holds the word is found (and ranked).
        List<String> found = allSlugs(SERVICES, "q", "logement");
        assertTrue(found.containsAll(DemoData.activeSlugs(s -> textContains(s, " logement"))), found.toString());
        assertTrue(allSlugs(SERVICES, "q", "HOUSING").containsAll(DemoData.activeSlugs(s -> textContains(s, "housing"))));
        // Query syntax typed by a user is plain text.
        assertEquals(List.of(), allSlugs(SERVICES, "q", "%_%"));
        anonymous().queryParam("q", "AND OR NOT (\"").get(SERVICES).then().statusCode(OK.getStatusCode());
    }

    @Test
    void shouldMatchFrenchPluralsAccentsAndTypos() {
        List<String> singular = allSlugs(SERVICES, "q", "logement");
        assertFalse(singular.isEmpty());
        List<String> saysIt = DemoData.activeSlugs(s -> textContains(s, " logement"));
        assertTrue(allSlugs(SERVICES, "q", "logements").containsAll(saysIt), "the plural finds the singular");
        assertTrue(allSlugs(SERVICES, "q", "hebergement").containsAll(allSlugs(SERVICES, "q", "hébergement")),
                "accents folded");
        assertTrue(allSlugs(SERVICES, "q", "logemnt").containsAll(saysIt), "a typo is tolerated");
        assertTrue(allSlugs(SERVICES, "q", "refugees").contains("aajt-coup-de-pouce"), "English stemming");
    }

    @Test
    void shouldFindServicesInArabicAndUkrainianThroughThemeLabels() {
        List<String> housing = allSlugs(SERVICES, "domain", "housing");
        // Every housing service is found through the theme label; a service of another domain only through its
        // own text in a language of that script (a machine translation that mentions housing, issue 14).
        assertFoundThroughLabel("السكن", housing, List.of("ar", "fa-AF", "ps"));
        assertFoundThroughLabel("житло", housing, List.of("uk", "ru"));
        assertTrue(allSlugs(SERVICES, "q", "їжа").contains("auberge-des-migrants-aide-urgence"), "Ukrainian synonym");
        assertTrue(allSlugs(SERVICES, "q", "طعام").contains("auberge-des-migrants-aide-urgence"), "Arabic synonym");
    }

    private static void assertFoundThroughLabel(String word, List<String> housing, List<String> languages) {
        List<String> found = allSlugs(SERVICES, "q", word);
        assertTrue(found.containsAll(housing), word + ": every housing service");
        for (String slug : found) {
            if (!housing.contains(slug)) {
                String texts = languages.stream().map(lang -> {
                    io.restassured.path.json.JsonPath service = anonymous().queryParam("lang", lang)
                            .get(SERVICES + "/" + slug).then().extract().jsonPath();
                    return lang.equals(service.getString("lang"))
                            ? service.getString("name") + " " + service.getString("description") : "";
                }).collect(java.util.stream.Collectors.joining(" "));
                assertTrue(folded(texts).contains(folded(word)), () -> slug + " is found by " + word + " without it");
            }
        }
    }

    /** Roughly what the index's folding does: case, Arabic diacritics and the Persian letter forms. */
    private static String folded(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\u064B-\\u0652\\u0640]", "")
                .replace('ک', 'ك').replace('ی', 'ي').replace('ى', 'ي').replace('ة', 'ه')
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
    }

    @Test
    void shouldCountFacetsOverEveryMatch() {
        Map<String, Map<String, Integer>> facets = anonymous().queryParam("domain", "housing").queryParam("size", 1)
                .get(SERVICES).then().statusCode(OK.getStatusCode()).extract().path("facets");
        assertEquals(30, facets.get("domain").get("housing"));
        for (String mode : List.of("walk-in", "committee", "professional-referral")) {
            int expected = DemoData.activeSlugs(s -> DemoData.hasTheme(s, "housing")
                    && mode.equals(DemoData.text(s, "access.mode"))).size();
            assertEquals(expected, facets.get("accessMode").getOrDefault(mode, 0), mode);
        }
        assertEquals(DemoData.activeSlugs(s -> DemoData.hasTheme(s, "housing")
                && "Besançon".equals(DemoData.text(s, "territory.city"))).size(), facets.get("city").get("Besançon"));
        // The facet names the city as written; sent back as a filter, it selects the same services.
        assertEquals(facets.get("city").get("Besançon"), anonymous().queryParam("domain", "housing")
                .queryParam("city", "Besançon").get(SERVICES).then().extract().path("totalItems"));
    }

    @Test
    void shouldSortByDistanceAndFilterByRadius() {
        // From Nancy: the Nancy services first, then Troyes (about 120 km), then farther cities.
        List<String> near = allSlugs(SERVICES, "near", "48.6921,6.1844", "domain", "french");
        assertTrue(near.indexOf("caec-sessions-examens-langue") < near.indexOf("adoma-besancon-renforcement-francais"));
        List<String> within = allSlugs(SERVICES, "near", "48.6921,6.1844", "radiusKm", "200");
        assertTrue(within.contains("caec-sessions-examens-langue"));
        assertTrue(within.contains("conjugaison-troyes"));
        assertFalse(within.contains("auberge-des-migrants-aide-urgence"), "Calais is farther than 200 km");
        anonymous().queryParam("near", "north").get(SERVICES).then().statusCode(BAD_REQUEST.getStatusCode())
                .body("errors[0].field", is("near"));
        anonymous().queryParam("radiusKm", "10").get(SERVICES).then().statusCode(BAD_REQUEST.getStatusCode())
                .body("errors[0].field", is("radiusKm"));
    }

    @Test
    void shouldCombineFiltersInPairs() {
        assertEquals(DemoData.activeSlugs(s -> DemoData.hasTheme(s, "housing")
                && "Besançon".equals(DemoData.text(s, "territory.city"))),
                allSlugs(SERVICES, "domain", "housing", "city", "Besançon"));
        assertEquals(DemoData.activeSlugs(s -> DemoData.hasTheme(s, "emergency-aid")
                && "walk-in".equals(DemoData.text(s, "access.mode"))),
                allSlugs(SERVICES, "theme", "emergency-aid", "accessMode", "walk-in"));
        List<String> refugeesInHousing = allSlugs(SERVICES, "q", "réfugiés", "domain", "housing");
        assertTrue(refugeesInHousing.containsAll(DemoData.activeSlugs(s -> DemoData.hasTheme(s, "housing")
                && textContains(s, "réfugiés"))));
        assertTrue(DemoData.activeSlugs(s -> DemoData.hasTheme(s, "housing")).containsAll(refugeesInHousing));
        assertEquals(DemoData.activeSlugs(s -> "la-cimade".equals(DemoData.text(s, "organizationId"))
                && DemoData.hasTheme(s, "housing")),
                allSlugs(SERVICES, "organization", "la-cimade", "theme", "housing"));
        assertEquals(DemoData.slugs(DemoData.services().stream().filter(s -> "inactive".equals(DemoData.text(s, "status"))
                && DemoData.hasTheme(s, "employment")).toList()),
                allSlugs(SERVICES, "status", "inactive", "domain", "work"));
        // A theme outside the domain asked for matches nothing.
        assertEquals(List.of(), allSlugs(SERVICES, "domain", "housing", "theme", "health"));
        assertEquals(DemoData.activeSlugs(s -> "Grand Est".equals(DemoData.text(s, "territory.region"))
                && DemoData.hasTheme(s, "language")),
                allSlugs(SERVICES, "region", "Grand Est", "domain", "french"));
    }

    @Test
    void shouldGetOneServiceBySlugAndByUuid() {
        Response bySlug = anonymous().get(SERVICES + "/" + COUP_DE_POUCE);
        bySlug.then().statusCode(OK.getStatusCode())
                .body("id", is(COUP_DE_POUCE_ID))
                .body("slug", is(COUP_DE_POUCE))
                .body("eligibility.minAge", is(18))
                .body("access.mode", is("committee"))
                .body("access.committeeFrequencyWeeks.min", is(4))
                .body("access.committeeFrequencyWeeks.max", is(6))
                .body("source.file", is("003_9c691a3fa8d45fcf.txt"))
                .body("source.lines", hasSize(2))
                .body("domains", hasItem("housing"))
                .body("languagesSpoken", nullValue())
                .body("organization.slug", is("aajt"));
        assertEquals(5, UUID.fromString(COUP_DE_POUCE_ID).version());
        anonymous().get(SERVICES + "/" + COUP_DE_POUCE_ID).then().statusCode(OK.getStatusCode())
                .body("slug", is(COUP_DE_POUCE));
        anonymous().get(SERVICES + "/" + COUP_DE_POUCE_ID.toUpperCase()).then().statusCode(OK.getStatusCode())
                .body("slug", is(COUP_DE_POUCE));
    }

    @Test
    void shouldServeEveryServiceFieldOfTheData() {
        anonymous().get(SERVICES + "/kodiko-co-training-paris").then().statusCode(OK.getStatusCode())
                .body("indicators", not(empty()))
                .body("indicators[0].periodEnd", notNullValue())
                .body("indicators[0].dateBasis", notNullValue())
                .body("inferred", notNullValue())
                .body("updatedAt", notNullValue())
                .body("version", is(0))
                .body("status", is("active"))
                .body("lifecycle", notNullValue())
                .body("territory.country", is("FR"));
        anonymous().get(SERVICES + "/ab-refugies-dispositifs-mobiles").then().statusCode(OK.getStatusCode())
                .body("status", is("inactive"))
                .body("territory.crossBorderCountries", contains("BE"));
    }

    @Test
    void shouldAnswerUnknownServiceWithProblem() {
        anonymous().get(SERVICES + "/no-such-service").then().statusCode(NOT_FOUND.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("status", is(404)).body("title", is("Not found"))
                .body("detail", containsString("no-such-service"))
                .body("instance", is(SERVICES + "/no-such-service"));
        anonymous().get(SERVICES + "/" + UUID.randomUUID()).then().statusCode(NOT_FOUND.getStatusCode())
                .contentType(PROBLEM_JSON);
    }

    @ParameterizedTest
    @CsvSource({
            "theme, foo, must be one of",
            "domain, foo, must be one of",
            "accessMode, by-pigeon, must be one of walk-in",
            "status, closed, must be one of active",
            "organization, no-such-org, matches no organisation",
            "size, 1000, must be between 1 and 100",
            "size, 0, must be between 1 and 100",
            "size, -5, must be between 1 and 100",
            "size, twenty, must be a whole number",
            "page, 0, must be between 1 and",
            "page, abc, must be a whole number",
            "lang, '12-!!', must be a BCP-47 language tag" })
    void shouldRejectBadParametersWithFieldErrors(String name, String value, String message) {
        anonymous().queryParam(name, value).get(SERVICES).then().statusCode(BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("status", is(400))
                .body("errors[0].field", is(name))
                .body("errors[0].message", containsString(message))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldReportEveryBadParameterAtOnce() {
        anonymous().queryParam("theme", "foo").queryParam("size", 1000).queryParam("accessMode", "x")
                .get(SERVICES).then().statusCode(BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("theme")).body("errors.field", hasItem("size"))
                .body("errors.field", hasItem("accessMode"));
    }

    @Test
    void shouldRejectOverlongText() {
        anonymous().queryParam("q", "x".repeat(201)).get(SERVICES).then().statusCode(BAD_REQUEST.getStatusCode())
                .body("errors[0].field", is("q"));
    }

    @Test
    void shouldAnswerIfNoneMatchWith304() {
        Response first = anonymous().queryParam("domain", "housing").get(SERVICES);
        String etag = first.header("ETag");
        first.then().statusCode(OK.getStatusCode()).header("Vary", containsString("Accept-Language"));
        anonymous().queryParam("domain", "housing").header("If-None-Match", etag).get(SERVICES).then()
                .statusCode(NOT_MODIFIED.getStatusCode()).header("ETag", is(etag)).body(is(""));
        anonymous().queryParam("domain", "housing").header("If-None-Match", "W/\"stale\"").get(SERVICES).then()
                .statusCode(OK.getStatusCode());
        Response one = anonymous().get(SERVICES + "/" + COUP_DE_POUCE);
        anonymous().header("If-None-Match", one.header("ETag")).get(SERVICES + "/" + COUP_DE_POUCE).then()
                .statusCode(NOT_MODIFIED.getStatusCode());
    }

    @Test
    void shouldVaryEtagWithLanguage() {
        String fr = anonymous().header("Accept-Language", "fr").get(SERVICES + "/" + COUP_DE_POUCE).header("ETag");
        String en = anonymous().header("Accept-Language", "en").get(SERVICES + "/" + COUP_DE_POUCE).header("ETag");
        assertNotEquals(fr, en);
        anonymous().header("Accept-Language", "en").header("If-None-Match", fr).get(SERVICES + "/" + COUP_DE_POUCE)
                .then().statusCode(OK.getStatusCode());
    }

    @Test
    void shouldFollowAcceptLanguageWithFallback() {
        String nameFr = DemoData.services().stream().filter(s -> COUP_DE_POUCE.equals(s.path("id").asText()))
                .findFirst().orElseThrow().path("name").path("fr").asText();
        anonymous().header("Accept-Language", "fr-BE, en;q=0.5").get(SERVICES + "/" + COUP_DE_POUCE).then()
                .header("Content-Language", is("fr")).body("lang", is("fr")).body("name", is(nameFr));
        // A language the data has no text in (German is not a kiosk language, so no translation file brings
        // it): English first, then French; the source's own text.
        anonymous().header("Accept-Language", "de").get(SERVICES + "/" + COUP_DE_POUCE).then()
                .header("Content-Language", is("en")).body("lang", is("en")).body("textOrigin", is("source"));
        // ?lang= wins over the header; prs (Dari) is read as fa-AF: the same answer, whether the catalogue has a
        // Dari translation of this service (demo-catalogue/translations) or falls back to English.
        anonymous().header("Accept-Language", "en").queryParam("lang", "fr").get(SERVICES + "/" + COUP_DE_POUCE)
                .then().body("lang", is("fr"));
        String dari = anonymous().queryParam("lang", "fa-AF").get(SERVICES + "/" + COUP_DE_POUCE).then()
                .body("lang", org.hamcrest.Matchers.anyOf(is("fa-AF"), is("en"))).extract().asString();
        assertEquals(dari, anonymous().queryParam("lang", "prs").get(SERVICES + "/" + COUP_DE_POUCE).asString());
        // A malformed header is ignored rather than failing a public read.
        anonymous().header("Accept-Language", ";;;q=abc").get(SERVICES + "/" + COUP_DE_POUCE).then()
                .statusCode(OK.getStatusCode()).body("lang", is("en"));
        anonymous().header("Accept-Language", "fr").queryParam("domain", "housing").get(SERVICES).then()
                .header("Content-Language", is("fr")).body("items.lang", everyItem(is("fr")));
    }

    @Test
    void shouldServeARepeatedSearchFromTheResultCacheWithTheSameHeaders() {
        // A repeated query is served from the result cache: same bytes, same ETag, and the languages of
        // the first answer, not those of the request that hit the cache.
        var first = anonymous().header("Accept-Language", "uk").queryParam("domain", "housing").get(SERVICES);
        var again = anonymous().header("Accept-Language", "uk").queryParam("domain", "housing").get(SERVICES);
        assertEquals(first.asString(), again.asString());
        // The hit is served on the I/O thread (CachedSearchRoute), the miss by the resource: same headers.
        for (String header : List.of("ETag", "Content-Language", "Content-Type", "Vary", "Cache-Control")) {
            assertEquals(first.header(header), again.header(header), header);
        }
        // The fast path sends the ready bytes with their length (the resource streams them chunked).
        assertEquals(String.valueOf(again.asByteArray().length), again.header("Content-Length"));
        // A browser's Accept list is served the same way; one with q-values is left to the resource.
        var browser = anonymous().header("Accept-Language", "uk").header("Accept", "application/json, text/plain, */*")
                .queryParam("domain", "housing").get(SERVICES);
        assertEquals(first.asString(), browser.asString());
        assertEquals(String.valueOf(browser.asByteArray().length), browser.header("Content-Length"));
        var weighted = anonymous().header("Accept-Language", "uk").header("Accept", "application/json;q=0.9")
                .queryParam("domain", "housing").get(SERVICES);
        assertEquals(first.asString(), weighted.asString());
        assertEquals(first.header("ETag"), weighted.header("ETag"));
        // Content-Language names the languages the names were served in (Ukrainian where a translation has one).
        assertEquals(new java.util.TreeSet<>(first.jsonPath().getList("items.lang", String.class)),
                new java.util.TreeSet<>(List.of(first.header("Content-Language").split(",\\s*"))));
        // Hits and misses are on /q/metrics, for the operator (and the benchmark's hit ratio).
        String metrics = anonymous().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("cache_gets_total{cache=\"search-results\",result=\"hit\"")
                && !l.endsWith(" 0.0")), "a counted hit");
        // Another language is another entry; the validator still gives 304.
        var french = anonymous().header("Accept-Language", "fr").queryParam("domain", "housing").get(SERVICES);
        assertEquals("fr", french.header("Content-Language"));
        assertNotEquals(first.header("ETag"), french.header("ETag"));
        anonymous().header("Accept-Language", "fr").header("If-None-Match", french.header("ETag"))
                .queryParam("domain", "housing").get(SERVICES).then().statusCode(304);
        // Errors are not cached: the same bad query fails the same way twice.
        for (int i = 0; i < 2; i++) {
            anonymous().queryParam("domain", "nowhere").get(SERVICES).then().statusCode(400)
                    .body("errors[0].field", is("domain"));
        }
    }

    @Test
    void shouldNotExposeEligibilityFiltersOnGet() {
        // Facts about a person are not GET filters (docs/architecture.md §7); unknown parameters are ignored.
        List<String> all = allSlugs(SERVICES);
        assertEquals(all, allSlugs(SERVICES, "age", 22));
    }

    private static boolean textContains(com.fasterxml.jackson.databind.JsonNode s, String text) {
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        for (String lang : List.of("fr", "en")) {
            if (s.path("name").path(lang).asText("").toLowerCase(java.util.Locale.ROOT).contains(needle)
                    || s.path("description").path(lang).asText("").toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
