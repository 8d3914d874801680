package org.passerelle.interop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.support.Fixtures.as;
import static org.passerelle.support.Fixtures.etag;
import static org.passerelle.support.Fixtures.example;
import static org.passerelle.support.Fixtures.uniqueSlug;
import static org.passerelle.support.Personas.COORDINATOR;
import static org.passerelle.support.Personas.PARTNER_A;
import static org.passerelle.support.Personas.PARTNER_B;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.passerelle.support.Personas;
import org.passerelle.support.WritesProfile;

/**
 * Offers in the visitor's language (issue 14): machine translations loaded from translation files are
 * served with their provenance, a partner corrects its own service's translation (reviewed, audited,
 * revertible), and the language filter of the search. The translations come from a fixture folder
 * (src/test/resources/translations-fixture) onto records this test creates, so the demo translation
 * files of the real folder can change without touching it.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class TranslatedContentTest {

    static final String SERVICES = "/api/v1/services/";
    static final String DESK = "fixture-translated-desk";
    static final String REVIEW = "fixture-translated-review";
    static final String INITIATIVE = "fixture-translated-initiative";
    static final String ARABIC_NAME = "مساعدة في التنقل (ليون)";
    static final String DARI_NAME = "کمک در رفت‌وآمد (لیون)";
    static final String UKRAINIAN_MACHINE = "Допомога з пересуванням (Ліон)";

    @Inject
    DemoCatalogueLoader loader;

    static DemoTranslations.Report firstLoad;

    @BeforeEach
    void createTheRecordsAndLoadTheFixture() {
        for (String slug : List.of(DESK, REVIEW)) {
            if (given().get(SERVICES + slug).statusCode() == 404) {
                as(COORDINATOR).contentType(ContentType.JSON).body(mobilityService(slug).toString())
                        .post("/api/v1/organizations/la-cimade/services").then().statusCode(201);
            }
        }
        if (given().get("/api/v1/initiatives/" + INITIATIVE).statusCode() == 404) {
            as(COORDINATOR).contentType(ContentType.JSON).body(example("createInitiative", INITIATIVE).toString())
                    .post("/api/v1/initiatives").then().statusCode(201);
        }
        DemoTranslations.Report report = loader.loadTranslations("translations-fixture/");
        if (firstLoad == null) {
            firstLoad = report;
        }
    }

    /** A La Cimade service in Lyon on mobility, a theme no other test writes, so the triage finds it. */
    static ObjectNode mobilityService(String slug) {
        ObjectNode body = example("createService", slug);
        body.putObject("name").put("fr", "Aide à la mobilité (Lyon)").put("en", "Mobility help (Lyon)");
        body.putObject("description").put("fr", "Conseils pour les transports en commun à Lyon, sans rendez-vous.")
                .put("en", "Advice on public transport in Lyon, no appointment needed.");
        body.putArray("themes").add("mobility");
        body.put("primaryTheme", "mobility");
        return body;
    }

    @Test
    void loadsEveryFilePresentAsMachineTranslationsAndReportsWhatItSkips() {
        // Desk in ar and fa-AF, the initiative in ar, the review service in uk: 4 added the first time.
        assertEquals(4, firstLoad.counts().added(), firstLoad::toString);
        List<String> rejections = firstLoad.rejections();
        assertRejected(rejections, "ar:fixture-no-such-service: matches no service");
        assertRejected(rejections, "ar:fixture-translated-review: name must not be blank");
        assertRejected(rejections, "translations-fixture/ru.json: lang must be ru");
        assertRejected(rejections, "translations-fixture/ti.json: not a JSON object");
        assertEquals(2, firstLoad.counts().rejected(), firstLoad::toString);
        // A file-002 duplicate merged into another initiative adds nothing and is no error.
        assertTrue(rejections.stream().noneMatch(r -> r.contains("s002-anvita")), rejections::toString);
        // Again: nothing added, nothing overwritten.
        DemoTranslations.Report again = loader.loadTranslations("translations-fixture/");
        assertEquals(0, again.counts().added());
        assertEquals(5, again.counts().alreadyPresent());
        // The real folder: absent files are nothing to load, and nothing is refused.
        DemoTranslations.Report real = loader.loadTranslations("demo-catalogue/translations/");
        assertEquals(0, real.counts().added(), real::toString);
        assertEquals(List.of(), real.rejections());
    }

    @Test
    void servesTheArabicNameAsAMachineTranslationAndSaysSo() {
        given().queryParam("lang", "ar").get(SERVICES + DESK).then().statusCode(200)
                .header("Content-Language", "ar")
                .body("name", is(ARABIC_NAME)).body("lang", is("ar")).body("textOrigin", is("machine"))
                .body("description", is("نصائح لاستخدام وسائل النقل العام في ليون، دون موعد."));
        // Dari: the file says fa-af, the catalogue keeps fa-AF, prs is read as it.
        for (String dari : List.of("fa-AF", "prs", "fa-af")) {
            given().queryParam("lang", dari).get(SERVICES + DESK).then().statusCode(200)
                    .body("name", is(DARI_NAME)).body("lang", is("fa-AF")).body("textOrigin", is("machine"));
        }
        // No Tigrinya: English, the source's own text, and the answer says so.
        given().queryParam("lang", "ti").get(SERVICES + DESK).then().statusCode(200)
                .body("name", is("Mobility help (Lyon)")).body("lang", is("en")).body("textOrigin", is("source"));
        given().header("Accept-Language", "ar, fr;q=0.5").get(SERVICES + DESK).then()
                .body("lang", is("ar")).body("textOrigin", is("machine"));
    }

    @Test
    void listsSearchLookupAndTriageSayWhichNamesAreMachineTranslations() {
        JsonPath list = given().queryParam("lang", "ar").queryParam("q", "fixture translated desk")
                .get("/api/v1/services").then().statusCode(200).extract().jsonPath();
        assertEquals(ARABIC_NAME, list.getString("items.find { it.slug == '" + DESK + "' }.name"));
        assertEquals("machine", list.getString("items.find { it.slug == '" + DESK + "' }.textOrigin"));
        assertEquals("ar", list.getString("items.find { it.slug == '" + DESK + "' }.lang"));
        // The same request again, from the result cache: the same answer.
        given().queryParam("lang", "ar").queryParam("q", "fixture translated desk").get("/api/v1/services").then()
                .body("items.find { it.slug == '" + DESK + "' }.textOrigin", is("machine"));

        given().queryParam("lang", "ar").contentType(ContentType.JSON).body("{\"ids\":[\"" + DESK + "\"]}")
                .post(SERVICES + "lookup").then().statusCode(200)
                .body("items[0].textOrigin", is("machine")).body("items[0].lang", is("ar"));

        JsonPath plan = given().queryParam("lang", "ar").queryParam("limit", 100).contentType(ContentType.JSON)
                .body("{\"needs\":[\"mobility\"],\"city\":\"Lyon\"}").post("/api/v1/triage").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> offer = plan.getMap("needs[0].offers.find { it.slug == '" + DESK + "' }");
        assertEquals(ARABIC_NAME, offer.get("name"));
        assertEquals("ar", offer.get("lang"));
        assertEquals("machine", offer.get("textOrigin"));
        // Each offer says its own language and origin: no source writes Arabic, so an Arabic name is a
        // translation (the demo translation files give most offers one) and any other is the source's.
        for (Map<?, ?> o : plan.getList("needs[0].offers", Map.class)) {
            String expected = "ar".equals(o.get("lang")) ? "machine" : "source";
            assertEquals(expected, o.get("textOrigin"), () -> o.get("slug") + " in " + o.get("lang"));
        }
    }

    @Test
    void initiativesCarryTheirTranslatedNameAndSummaryWithTheirOrigin() {
        given().queryParam("lang", "ar").get("/api/v1/initiatives/" + INITIATIVE).then().statusCode(200)
                .body("name", is("مقهى اللغات")).body("summary", is("محادثات بالفرنسية كل أسبوع."))
                .body("lang", is("ar")).body("textOrigin", is("machine"));
        given().queryParam("lang", "uk").get("/api/v1/initiatives/" + INITIATIVE).then().statusCode(200)
                .body("name", is("Café des langues")).body("lang", is("en")).body("textOrigin", is("source"));
        given().queryParam("lang", "ar").queryParam("q", "مقهى").get("/api/v1/initiatives").then().statusCode(200)
                .body("items.slug", hasItem(INITIATIVE))
                .body("items.find { it.slug == '" + INITIATIVE + "' }.textOrigin", is("machine"));
    }

    @Test
    void aPartnerCorrectsItsOwnServicesUkrainianTextReviewedAuditedAndRevertible() {
        String id = given().get(SERVICES + REVIEW).then().extract().path("id");
        String path = SERVICES + REVIEW + "/translations/uk";
        // Whatever an earlier run of this method did, start from the machine translation.
        given().queryParam("lang", "uk").get(SERVICES + REVIEW).then().body("textOrigin", is("machine"))
                .body("name", is(UKRAINIAN_MACHINE));
        String body = "{\"name\":\"Допомога з транспортом (Ліон)\","
                + "\"description\":\"Поради щодо громадського транспорту в Ліоні. Без запису.\"}";

        // Another organisation's partner: 404, as for every write to a record it does not own.
        as(PARTNER_B).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id)).body(body).put(path)
                .then().statusCode(404);
        // Preconditions: none is 428, a stale one 412.
        as(PARTNER_A).contentType(ContentType.JSON).body(body).put(path).then().statusCode(428)
                .contentType("application/problem+json");
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", "\"999\"").body(body).put(path).then()
                .statusCode(412).contentType("application/problem+json");
        // Validation: a language the kiosk does not have, a blank or too long name, each a field error.
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id)).body(body)
                .put(SERVICES + REVIEW + "/translations/de").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("lang"));
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id))
                .body("{\"name\":\" \"}").put(path).then().statusCode(400).body("errors.field", hasItem("name"));
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id))
                .body("{\"name\":\"" + "я".repeat(301) + "\"}").put(path).then().statusCode(400)
                .body("errors.field", hasItem("name"));
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id))
                .body("{\"name\":\"x\",\"origin\":\"source\"}").put(path).then().statusCode(400);
        // The organisation's own French text is not a translation.
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id)).body(body)
                .put(SERVICES + REVIEW + "/translations/fr").then().statusCode(409);

        int before = given().get(SERVICES + id).then().extract().path("version");
        Response corrected = as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id))
                .body(body).put(path);
        corrected.then().statusCode(200).header("ETag", is("\"" + (before + 1) + "\""))
                .body("lang", is("uk")).body("textOrigin", is("reviewed"))
                .body("name", is("Допомога з транспортом (Ліон)"));
        // Live at once for everyone, in the list too; other languages untouched.
        given().queryParam("lang", "uk").get(SERVICES + REVIEW).then().body("textOrigin", is("reviewed"))
                .body("description", is("Поради щодо громадського транспорту в Ліоні. Без запису."));
        given().queryParam("lang", "uk").queryParam("q", "fixture translated review").get("/api/v1/services").then()
                .body("items.find { it.slug == '" + REVIEW + "' }.textOrigin", is("reviewed"));
        given().queryParam("lang", "fr").get(SERVICES + REVIEW).then().body("textOrigin", is("source"))
                .body("name", is("Aide à la mobilité (Lyon)"));

        // Audited: who (a principal id, never a name), the fields, and the provenance before and after.
        JsonPath audit = as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("update", audit.getString("items[0].action"));
        assertEquals(subject(PARTNER_A), audit.getString("items[0].actor"));
        List<String> changed = audit.getList("items[0].changedFields");
        assertTrue(changed.containsAll(List.of("name.uk", "description.uk", "textProvenance.uk.origin",
                "textProvenance.uk.reviewedBy", "textProvenance.uk.reviewedOn")), changed::toString);
        assertEquals("machine", audit.getString("items[0].before.textProvenance.uk.origin"));
        assertEquals("reviewed", audit.getString("items[0].after.textProvenance.uk.origin"));
        assertEquals(subject(PARTNER_A), audit.getString("items[0].after.textProvenance.uk.reviewedBy"));

        // Revertible: the machine translation comes back, as a machine translation.
        String eventId = audit.getString("items[0].id");
        as(COORDINATOR).post("/api/v1/audit-events/" + eventId + "/revert").then().statusCode(200);
        given().queryParam("lang", "uk").get(SERVICES + REVIEW).then().body("textOrigin", is("machine"))
                .body("name", is(UKRAINIAN_MACHINE));
    }

    @Test
    void aCoordinatorTranslatesAnyServiceAndAFullUpdateKeepsTheProvenanceOfUnchangedTexts() {
        String slug = uniqueSlug("translated");
        as(COORDINATOR).contentType(ContentType.JSON).body(mobilityService(slug).toString())
                .post("/api/v1/organizations/la-cimade/services").then().statusCode(201);
        // A language with no text yet; prs is Dari.
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + slug))
                .body("{\"name\":\"د تګ راتګ مرسته (لیون)\",\"description\":null}")
                .put(SERVICES + slug + "/translations/ps").then().statusCode(200)
                .body("lang", is("ps")).body("textOrigin", is("reviewed")).body("description", nullValue());
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + slug))
                .body("{\"name\":\"کمک در رفت‌وآمد\"}").put(SERVICES + slug + "/translations/prs").then()
                .statusCode(200).body("lang", is("fa-AF")).body("textOrigin", is("reviewed"));

        // The organisation sends the whole record back with the Pashto text unchanged and a Dari text of
        // its own: the first stays reviewed, the second is now the organisation's own text.
        ObjectNode update = mobilityService(slug);
        ((ObjectNode) update.get("name")).put("ps", "د تګ راتګ مرسته (لیون)").put("fa-AF", "کمک برای رفت‌وآمد");
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + slug))
                .body(update.toString()).put(SERVICES + slug).then().statusCode(200);
        given().queryParam("lang", "ps").get(SERVICES + slug).then().body("textOrigin", is("reviewed"));
        given().queryParam("lang", "fa-AF").get(SERVICES + slug).then().body("textOrigin", is("source"))
                .body("name", is("کمک برای رفت‌وآمد"));
        // A language the update leaves out is gone, as every field a PUT leaves out.
        ObjectNode without = mobilityService(slug);
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + slug))
                .body(without.toString()).put(SERVICES + slug).then().statusCode(200);
        given().queryParam("lang", "ps").get(SERVICES + slug).then().body("lang", is("en"));
    }

    @Test
    void filtersServicesByALanguageTheyWorkIn() {
        String dari = uniqueSlug("speaks-dari");
        String syrian = uniqueSlug("speaks-arabic");
        ObjectNode first = mobilityService(dari);
        first.putArray("languagesSpoken").add("uk").add("prs");
        ObjectNode second = mobilityService(syrian);
        second.putArray("languagesSpoken").add("ar-SY");
        for (ObjectNode body : List.of(first, second)) {
            as(PARTNER_A).contentType(ContentType.JSON).body(body.toString())
                    .post("/api/v1/organizations/la-cimade/services").then().statusCode(201);
        }
        for (String tag : List.of("fa-AF", "prs", "FA-af")) {
            assertEquals(List.of(dari), slugs(tag, dari, syrian), tag);
        }
        assertEquals(List.of(dari), slugs("uk", dari, syrian));
        // A language finds its regional variants; a variant does not find the plain language.
        assertEquals(List.of(syrian), slugs("ar", dari, syrian));
        assertEquals(List.of(syrian), slugs("ar-SY", dari, syrian));
        assertEquals(List.of(), slugs("ar-MA", dari, syrian));
        assertEquals(List.of(), slugs("ti", dari, syrian));
        // No demo service states its languages (no source says them): a filter finds only written ones.
        given().queryParam("language", "ti").queryParam("size", 100).get("/api/v1/services").then().statusCode(200)
                .body("items.slug", not(hasItem("cimade-permanences-juridiques")));
        // Not a language tag: a field error.
        given().queryParam("language", "12").get("/api/v1/services").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("language"));
        // With the other filters: AND.
        given().queryParam("language", "uk").queryParam("domain", "housing").queryParam("size", 100)
                .get("/api/v1/services").then().statusCode(200).body("items.slug", not(hasItem(dari)));
        given().queryParam("language", "uk").queryParam("domain", "daily-life").queryParam("size", 100)
                .get("/api/v1/services").then().statusCode(200).body("items.slug", hasItem(dari));
        given().queryParam("language", "prs").queryParam("q", dari.replace('-', ' ')).get("/api/v1/services")
                .then().body("items.slug", contains(dari));
    }

    /** Which of {@code ours} the language filter finds, in order. */
    private static List<String> slugs(String language, String... ours) {
        List<String> found = given().queryParam("language", language).queryParam("organization", "la-cimade")
                .queryParam("size", 100).get("/api/v1/services").then().statusCode(200).extract().jsonPath()
                .getList("items.slug");
        return found.stream().filter(List.of(ours)::contains).sorted().toList();
    }

    private static String subject(Personas persona) {
        return as(persona).get("/api/v1/me").then().statusCode(200).extract().path("principal");
    }

    private static void assertRejected(List<String> rejections, String prefix) {
        assertTrue(rejections.stream().anyMatch(r -> r.startsWith(prefix)), () -> prefix + " not in " + rejections);
    }
}
