package org.passerelle.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.support.Fixtures.as;
import static org.passerelle.support.Fixtures.etag;
import static org.passerelle.support.Fixtures.example;
import static org.passerelle.support.Fixtures.uniqueSlug;
import static org.passerelle.support.Personas.COORDINATOR;
import static org.passerelle.support.Personas.PARTNER_A;
import static org.passerelle.support.Personas.PARTNER_A_CLIENT;
import static org.passerelle.support.Personas.PARTNER_B;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import org.passerelle.support.Fixtures;
import org.passerelle.support.OidcServerForTests;
import org.passerelle.support.Personas;
import org.passerelle.support.WritesProfile;

/** Partners keep their own offers current; every write is versioned, idempotent when asked, audited, revertible. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class CatalogueWritesTest {

    static final String SERVICES = "/api/v1/services/";

    @Test
    void partnersSayWhatToBringInTheirLanguages() {
        String slug = uniqueSlug("documents");
        String id = Fixtures.createService(slug);
        ObjectNode body = example("updateService", slug);
        var documents = body.putArray("requiredDocuments");
        documents.addObject().put("fr", "Titre de séjour ou récépissé").put("en", "Residence permit or receipt");
        documents.addObject().put("fr", "Justificatif de domicile");
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag("/api/v1/services/" + id))
                .body(body.toString()).put("/api/v1/services/" + id).then().statusCode(200);
        // In order, each in the best language there is (the second has French only).
        given().queryParam("lang", "en").get("/api/v1/services/" + id).then().statusCode(200)
                .body("requiredDocuments", org.hamcrest.Matchers.contains("Residence permit or receipt",
                        "Justificatif de domicile"));
        given().queryParam("lang", "fr").get("/api/v1/services/" + id).then()
                .body("requiredDocuments[0]", is("Titre de séjour ou récépissé"));
        // A document with no label, or a blank one, is refused by field; nothing is lost.
        body.putArray("requiredDocuments").addObject();
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag("/api/v1/services/" + id))
                .body(body.toString()).put("/api/v1/services/" + id).then().statusCode(400)
                .body("errors[0].field", containsString("requiredDocuments[0]"));
        body.putArray("requiredDocuments").addObject().put("fr", " ");
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag("/api/v1/services/" + id))
                .body(body.toString()).put("/api/v1/services/" + id).then().statusCode(400)
                .body("errors[0].field", containsString("requiredDocuments[0]"));
        given().queryParam("lang", "en").get("/api/v1/services/" + id).then()
                .body("requiredDocuments.size()", is(2));
        // Clearing it means "not stated" again.
        body.putNull("requiredDocuments");
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag("/api/v1/services/" + id))
                .body(body.toString()).put("/api/v1/services/" + id).then().statusCode(200);
        given().get("/api/v1/services/" + id).then().body("requiredDocuments", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldLetAPartnerSystemChangeItsOwnServiceLiveWithClientCredentials() {
        String slug = uniqueSlug("live");
        String id = Fixtures.createService(slug);
        ObjectNode body = example("updateService", slug);
        ((ObjectNode) body.get("capacity")).put("waitingList", true).put("currentWaitDays", 21);
        Response updated = as(PARTNER_A_CLIENT).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id))
                .body(body.toString()).put(SERVICES + id);
        updated.then().statusCode(200).header("ETag", is("\"1\"")).body("capacity.currentWaitDays", is(21));
        // Live at once, for everyone.
        as(Personas.ANONYMOUS).get(SERVICES + slug).then().statusCode(200)
                .body("capacity.waitingList", is(true)).body("version", is(1));
        // Audited with the client's id and the fields that changed, and nothing personal.
        as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].action", is("update")).body("items[0].actor", is("partner-la-cimade"))
                .body("items[0].actorKind", is("client"))
                .body("items[0].changedFields", hasItem("capacity.currentWaitDays"))
                .body("items[0].changedFields", hasItem("capacity.waitingList"))
                .body("items[0].changedFields", not(hasItem("name.fr")));
    }

    @Test
    void shouldAnswer404ForAnotherOrganisationsService() {
        String slug = uniqueSlug("foreign");
        String id = Fixtures.createService(slug);
        as(PARTNER_B).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id))
                .body(example("updateService", slug).toString()).put(SERVICES + id)
                .then().statusCode(404).body(not(containsString("Lyon")));
        as(PARTNER_B).contentType(ContentType.JSON).body(example("createService", uniqueSlug("x")).toString())
                .post("/api/v1/organizations/la-cimade/services").then().statusCode(404);
    }

    @Test
    void shouldRequireIfMatchAndRefuseAStaleOne() {
        String slug = uniqueSlug("locked");
        String id = Fixtures.createService(slug);
        String body = example("updateService", slug).toString();
        as(PARTNER_A).contentType(ContentType.JSON).body(body).put(SERVICES + id).then().statusCode(428)
                .contentType("application/problem+json");
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", "*").body(body).put(SERVICES + id).then()
                .statusCode(428);
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", "\"41\"").body(body).put(SERVICES + id)
                .then().statusCode(412).contentType("application/problem+json");
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", "soon").body(body).put(SERVICES + id)
                .then().statusCode(400).body("errors[0].field", is("If-Match"));
        // The strong ETag of a read works as If-Match too.
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id)).body(body)
                .put(SERVICES + id).then().statusCode(200);
    }

    @Test
    void shouldLetExactlyOneOfTwoConcurrentUpdatesWin() throws Exception {
        String slug = uniqueSlug("race");
        String id = Fixtures.createService(slug);
        String tag = etag(SERVICES + id);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (String note : List.of("first", "second")) {
            ObjectNode body = example("updateService", slug);
            body.put("durationNote", note);
            writers.add(() -> {
                start.await();
                return as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", tag).body(body.toString())
                        .put(SERVICES + id).statusCode();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> writer : writers) {
                results.add(pool.submit(writer));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        as(Personas.ANONYMOUS).get(SERVICES + id).then().body("version", is(1));
    }

    @Test
    void shouldReplayAnIdempotentCreateAndRefuseTheKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        String slug = uniqueSlug("once");
        String body = example("createService", slug).toString();
        Response first = as(PARTNER_A).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations/la-cimade/services");
        first.then().statusCode(201).header("Location", containsString("/api/v1/services/"));
        Response replay = as(PARTNER_A).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations/la-cimade/services");
        replay.then().statusCode(201).header("Idempotent-Replayed", is("true"))
                .header("Location", is(first.header("Location"))).body("id", is(first.path("id").toString()));
        as(PARTNER_A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(example("createService", uniqueSlug("other")).toString())
                .post("/api/v1/organizations/la-cimade/services").then().statusCode(422)
                .contentType("application/problem+json");
        // Another principal may use the same key for its own request.
        as(COORDINATOR).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(example("createService", uniqueSlug("coord")).toString())
                .post("/api/v1/organizations/la-cimade/services").then().statusCode(201);
        as(Personas.ANONYMOUS).queryParam("q", "Permanence juridique (Lyon)").queryParam("size", 100)
                .get("/api/v1/services").then().body("items.slug", hasItem(slug));
        assertEquals(1, as(Personas.ANONYMOUS).queryParam("size", 100).get("/api/v1/services").jsonPath()
                .getList("items.slug").stream().filter(slug::equals).count() + countOnOtherPages(slug));
    }

    @Test
    void shouldBindAnIdempotencyKeyToItsEndpoint() {
        // Issue 10: La Cimade's key replayed on Adoma's path returned its earlier 201.
        String key = UUID.randomUUID().toString();
        String body = example("createService", uniqueSlug("bound")).toString();
        as(PARTNER_A).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations/la-cimade/services").then().statusCode(201);
        as(PARTNER_A).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations/adoma/services").then().statusCode(422)
                .contentType("application/problem+json").header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                .body("type", containsString("idempotency-key-reused"));
        // The key also names one caller's request: Adoma's own partner with the same key and body is new.
        as(PARTNER_B).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(example("createService", uniqueSlug("bound-b")).toString())
                .post("/api/v1/organizations/adoma/services").then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldForgetAnIdempotencyKeyAfter24Hours() {
        String key = UUID.randomUUID().toString();
        as(PARTNER_A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(example("createService", uniqueSlug("aged")).toString())
                .post("/api/v1/organizations/la-cimade/services").then().statusCode(201);
        age(key, java.time.Duration.ofHours(25));
        // Expired: the key answers no more, so another body under it is a new request, not a 422.
        as(PARTNER_A).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(example("createService", uniqueSlug("aged-again")).toString())
                .post("/api/v1/organizations/la-cimade/services").then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        age(key, java.time.Duration.ofHours(25));
        assertEquals(true, idempotentCreates.purgeExpired(java.time.Instant.now()) >= 1);
        assertEquals(0L, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(r) from IdempotencyRecord r where r.id.keyValue = :key", Long.class)
                .setParameter("key", key).getSingleResult()));
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager entityManager;

    @jakarta.inject.Inject
    org.passerelle.common.idempotency.IdempotentCreates idempotentCreates;

    private void age(String key, java.time.Duration by) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("update IdempotencyRecord r set r.createdAt = :at where r.id.keyValue = :key")
                .setParameter("at", java.time.Instant.now().minus(by)).setParameter("key", key).executeUpdate());
    }

    @Test
    void shouldRefuseServerOwnedAndUnknownFields() {
        String slug = uniqueSlug("mass");
        String id = Fixtures.createService(slug);
        for (String field : List.of("id", "version", "organization", "updatedAt", "inferred", "indicators", "source",
                "isAdmin")) {
            ObjectNode body = example("updateService", slug);
            body.put(field, "7ecc9bd4-5601-5d2a-bab5-e1c5f4b40122");
            as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id)).body(body.toString())
                    .put(SERVICES + id).then().statusCode(400).body("errors[0].field", is(field))
                    .body("errors[0].message", is("is not a known field"));
        }
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id))
                .body(example("updateService", "another-slug").toString()).put(SERVICES + id).then().statusCode(400)
                .body("errors[0].field", is("slug"));
        ObjectNode badTheme = example("updateService", slug);
        badTheme.putArray("themes").add("teleportation");
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id)).body(badTheme.toString())
                .put(SERVICES + id).then().statusCode(400).body("errors.field", hasItem("themes[0]"));
        as(Personas.ANONYMOUS).get(SERVICES + id).then().body("version", is(0));
    }

    @Test
    void shouldLetACoordinatorRevertAPartnersChange() {
        String slug = uniqueSlug("revert");
        String id = Fixtures.createService(slug);
        ObjectNode body = example("updateService", slug);
        body.put("status", "temporarily-closed");
        body.with("name").put("fr", "Fermé");
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id)).body(body.toString())
                .put(SERVICES + id).then().statusCode(200);
        String eventId = as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").path("items[0].id");
        as(PARTNER_A).post("/api/v1/audit-events/" + eventId + "/revert").then().statusCode(403);
        as(COORDINATOR).post("/api/v1/audit-events/" + eventId + "/revert").then().statusCode(200)
                .body("action", is("revert")).body("revertsEventId", is(eventId))
                .body("changedFields", hasItem("status"));
        as(Personas.ANONYMOUS).header("Accept-Language", "fr").get(SERVICES + id).then()
                .body("status", is("active")).body("name", is("Permanence juridique (Lyon)"));
        // Only the latest change of a record can be reverted.
        as(COORDINATOR).post("/api/v1/audit-events/" + eventId + "/revert").then().statusCode(409);
    }

    @Test
    void shouldForbidWritesToAPartnerWithoutMembership() {
        String token = Jwt.issuer(OidcServerForTests.ISSUER).audience(Personas.AUDIENCE)
                .subject("no-membership-user").groups("partner").claim("typ", "Bearer").sign();
        io.restassured.RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(example("createService", uniqueSlug("nobody")).toString())
                .post("/api/v1/organizations/la-cimade/services").then().statusCode(403)
                .body("detail", containsString("acts for no organisation"));
    }

    @Test
    void shouldManageOrganizationsAndMembershipsAsCoordinator() {
        String slug = uniqueSlug("org");
        String location = as(COORDINATOR).contentType(ContentType.JSON)
                .body(example("createOrganization", slug).toString()).post("/api/v1/organizations").then()
                .statusCode(201).extract().header("Location");
        ObjectNode body = example("updateOrganization", slug);
        body.put("phone", "06 12");
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag("/api/v1/organizations/" + slug))
                .body(body.toString()).put("/api/v1/organizations/" + slug).then().statusCode(400)
                .body("errors[0].field", is("phone"));
        String member = uniqueSlug("client");
        as(COORDINATOR).contentType(ContentType.JSON)
                .body("{\"principalKind\":\"client\",\"principal\":\"" + member + "\",\"organization\":\"" + slug
                        + "\"}")
                .post("/api/v1/memberships").then().statusCode(201).body("organization.slug", is(slug));
        as(COORDINATOR).contentType(ContentType.JSON)
                .body("{\"principalKind\":\"client\",\"principal\":\"" + member + "\",\"organization\":\"adoma\"}")
                .post("/api/v1/memberships").then().statusCode(409);
        as(Personas.ANONYMOUS).get(location.substring(location.indexOf("/api/"))).then().statusCode(200)
                .body("slug", is(slug)).body("phone", is("+33100000000")).body("services", notNullValue());
    }

    @Test
    void shouldReadAnOrganizationAsMaintainedWithEveryLanguageSoASaveKeepsThem() {
        String slug = uniqueSlug("org-maintained");
        ObjectNode created = example("createOrganization", slug);
        created.putObject("description").put("fr", "Accueil de jour.").put("en", "Day centre.").put("ar", "مركز نهاري.");
        as(COORDINATOR).contentType(ContentType.JSON).body(created.toString()).post("/api/v1/organizations").then()
                .statusCode(201);
        String path = "/api/v1/organizations/" + slug + "/maintained";
        Response read = as(COORDINATOR).get(path);
        read.then().statusCode(200).header("ETag", is("\"0\"")).header("Cache-Control", containsString("no-cache"))
                .body("slug", is(slug)).body("fields.slug", is(slug)).body("fields.description.ar", is("مركز نهاري."))
                .body("fields.description.en", is("Day centre.")).body("version", is(0));
        // The fields go back as they came, with one change: no language is lost.
        ObjectNode fields = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(read.jsonPath().getMap("fields"));
        fields.put("name", "Nouveau nom");
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", read.header("ETag")).body(fields.toString())
                .put("/api/v1/organizations/" + slug).then().statusCode(200).body("name", is("Nouveau nom"));
        as(COORDINATOR).get(path).then().statusCode(200).header("ETag", is("\"1\""))
                .body("fields.description.ar", is("مركز نهاري.")).body("fields.description.fr", is("Accueil de jour."));
        // The maintained read is the coordinators': a partner and a visitor get no further than the public view.
        as(PARTNER_A).get(path).then().statusCode(403);
        as(Personas.ANONYMOUS).get(path).then().statusCode(401);
        as(COORDINATOR).get("/api/v1/organizations/no-such-organisation/maintained").then().statusCode(404);
    }

    @Test
    void refusesALanguageTagLongerThanItsColumnByField() {
        // The BCP-47 pattern alone allows 30 characters; the column holds 20 (found by the contract fuzzer: 500).
        String slug = uniqueSlug("long-tag");
        String id = Fixtures.createService(slug);
        ObjectNode body = example("updateService", slug);
        body.putArray("languagesSpoken").add("JW-8mW-cXD9hl-sjjnmyY");
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag("/api/v1/services/" + id))
                .body(body.toString()).put("/api/v1/services/" + id).then().statusCode(400)
                .body("errors[0].field", is("languagesSpoken[0]"));
        body.putArray("languagesSpoken").add("ar");
        body.putObject("name").put("fr", "Nom").put("JW-8mW-cXD9hl-sjjnmyY", "Name");
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag("/api/v1/services/" + id))
                .body(body.toString()).put("/api/v1/services/" + id).then().statusCode(400)
                .body("errors[0].field", containsString("name"));
    }

    @Test
    void shouldAuditWhichPrincipalActsForWhichOrganisationWhenAMembershipIsGrantedAndRevoked() {
        // Issue 10: create and delete recorded no before/after, so a deleted grant left no trace of whom.
        String member = uniqueSlug("audited-client");
        String adoma = as(Personas.ANONYMOUS).get("/api/v1/organizations/adoma").path("id");
        String id = as(COORDINATOR).contentType(ContentType.JSON)
                .body("{\"principalKind\":\"client\",\"principal\":\"" + member + "\",\"organization\":\"adoma\"}")
                .post("/api/v1/memberships").then().statusCode(201).extract().path("id");
        as(COORDINATOR).delete("/api/v1/memberships/" + id).then().statusCode(204);
        io.restassured.path.json.JsonPath events = as(COORDINATOR).queryParam("entityType", "membership")
                .queryParam("entityKey", id).get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("delete", "create"), events.getList("items.action"));
        String created = "items.find { it.action == 'create' }";
        String deleted = "items.find { it.action == 'delete' }";
        assertEquals(null, (Object) events.get(created + ".before"));
        for (String state : List.of(created + ".after", deleted + ".before")) {
            assertEquals("client", events.getString(state + ".principalKind"));
            assertEquals(member, events.getString(state + ".principal"));
            assertEquals(adoma, events.getString(state + ".organizationId"));
            assertEquals("adoma", events.getString(state + ".organizationSlug"));
            assertEquals(COORDINATOR.subject(), events.getString(state + ".grantedBy"));
        }
        assertEquals(null, (Object) events.get(deleted + ".after"));
        assertEquals(COORDINATOR.subject(), events.getString(deleted + ".actor"));
        assertEquals(true, events.getList(deleted + ".changedFields").contains("principal"));
    }

    private static long countOnOtherPages(String slug) {
        long count = 0;
        int pages = as(Personas.ANONYMOUS).queryParam("size", 100).get("/api/v1/services").path("totalPages");
        for (int page = 2; page <= pages; page++) {
            count += as(Personas.ANONYMOUS).queryParam("size", 100).queryParam("page", page).get("/api/v1/services")
                    .jsonPath().getList("items.slug").stream().filter(slug::equals).count();
        }
        return count;
    }
}
