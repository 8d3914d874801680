package org.passerelle.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.passerelle.support.Fixtures.as;
import static org.passerelle.support.Fixtures.etag;
import static org.passerelle.support.Fixtures.example;
import static org.passerelle.support.Fixtures.uniqueSlug;
import static org.passerelle.support.Personas.ANONYMOUS;
import static org.passerelle.support.Personas.COORDINATOR;
import static org.passerelle.support.Personas.PARTNER_A;
import static org.passerelle.support.Personas.PARTNER_B;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.passerelle.support.Fixtures;
import org.passerelle.support.WritesProfile;

/**
 * Partners say how to reach their services: a contact (phone, e-mail, website: the service's own) and a
 * way in, checked field by field, written only by the service's organisation, audited and revertible.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ContactWritesTest {

    static final String SERVICES = "/api/v1/services/";

    @Test
    void shouldLetAPartnerGiveItsOwnServiceAContactAndAWayIn() {
        String slug = uniqueSlug("contact");
        String id = Fixtures.createService(slug);
        // Nothing known yet: the plan's way in is the desk.
        as(ANONYMOUS).get(SERVICES + id).then().body("contact", nullValue())
                .body("wayIn.code", is("ask-at-the-desk")).body("wayIn.desk", is(true));
        ObjectNode body = example("updateService", slug);
        put(PARTNER_A, id, body).statusCode(200)
                .body("contact.phone", is("+33465712345")).body("contact.email", is("accueil-lyon@example.org"))
                .body("contact.url", is("https://www.example.org/permanences-lyon"));
        as(ANONYMOUS).header("Accept-Language", "fr").get(SERVICES + id).then().statusCode(200)
                .body("wayIn.code", is("come")).body("wayIn.inferred", is(false)).body("wayIn.desk", is(false))
                .body("wayIn.note", containsString("Sans rendez-vous")).body("wayIn.noteLang", is("fr"))
                .body("wayIn.contact.from", is("service")).body("wayIn.contact.phone", is("+33465712345"));
        // Live in the plans at once.
        as(ANONYMOUS).contentType(ContentType.JSON).body("{\"needs\":[\"rights\"],\"city\":\"Lyon\"}")
                .queryParam("limit", 100).post("/api/v1/triage").then().statusCode(200)
                .body("needs[0].offers.find { it.slug == '" + slug + "' }.wayIn.contact.email",
                        is("accueil-lyon@example.org"));
        // Audited: the contact and the way in appeared...
        as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].changedFields", hasItems("contact", "wayIn"));
        // ...then field by field. Call needs a phone: the service's own here.
        body.with("contact").put("phone", "+33465719999");
        body.with("wayIn").put("code", "call").remove("note");
        put(PARTNER_A, id, body).statusCode(200).body("wayIn.code", is("call"))
                .body("wayIn.contact.phone", is("+33465719999"));
        as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].changedFields", hasItems("contact.phone", "wayIn.code", "wayIn.note"))
                .body("items[0].changedFields", org.hamcrest.Matchers.not(hasItem("contact.email")));
    }

    @Test
    void shouldTakeAContactAndAWayInOnCreationAndCheckThemThere() {
        ObjectNode bad = example("createService", uniqueSlug("new-bad"));
        bad.putObject("contact").put("url", "http://plain.example.org/");
        as(PARTNER_A).contentType(ContentType.JSON).body(bad.toString()).post("/api/v1/organizations/la-cimade/services")
                .then().statusCode(400).body("errors.field", hasItem("contact.url"));
        String slug = uniqueSlug("new-contact");
        ObjectNode body = example("createService", slug);
        body.putObject("contact").put("email", "accueil-lyon@example.org");
        body.putObject("wayIn").put("code", "write");
        as(PARTNER_A).contentType(ContentType.JSON).body(body.toString()).post("/api/v1/organizations/la-cimade/services")
                .then().statusCode(201).body("contact.email", is("accueil-lyon@example.org"))
                .body("wayIn.code", is("write")).body("wayIn.inferred", is(false))
                .body("wayIn.contact.from", is("service"));
    }

    @Test
    void shouldRefuseABadPhoneEmailOrUrlByField() {
        String slug = uniqueSlug("bad-contact");
        String id = Fixtures.createService(slug);
        refused(id, slug, "phone", "06 12 34 56 78", "contact.phone");
        refused(id, slug, "phone", "+0612345678", "contact.phone");
        refused(id, slug, "email", "nobody@", "contact.email");
        refused(id, slug, "email", "two words@example.org", "contact.email");
        refused(id, slug, "url", "http://www.example.org/", "contact.url");
        refused(id, slug, "url", "https://", "contact.url");
        refused(id, slug, "url", "javascript:alert(1)", "contact.url");
        // A way in without its channel (La Cimade has no phone, and the service none of its own).
        ObjectNode noPhone = example("updateService", slug);
        noPhone.remove("contact");
        noPhone.with("wayIn").put("code", "call");
        put(PARTNER_A, id, noPhone).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("wayIn.code")).body("errors.message", hasItem(containsString("phone")));
        ObjectNode nowhere = example("updateService", slug);
        nowhere.with("wayIn").remove("note");
        put(PARTNER_A, id, nowhere).statusCode(400).body("errors.field", hasItem("wayIn.code"));
        ObjectNode unknown = example("updateService", slug);
        unknown.with("wayIn").put("code", "teleport");
        put(PARTNER_A, id, unknown).statusCode(400).body("errors.field", hasItem(containsString("wayIn")));
        ObjectNode longNote = example("updateService", slug);
        longNote.with("wayIn").with("note").put("fr", "x".repeat(201));
        put(PARTNER_A, id, longNote).statusCode(400).body("errors.field", hasItem(containsString("wayIn.note")));
        // Nothing was written.
        as(ANONYMOUS).get(SERVICES + id).then().body("version", is(0)).body("contact", nullValue());
    }

    @Test
    void shouldAnswer404ToAnotherPartner() {
        String slug = uniqueSlug("not-yours");
        String id = Fixtures.createService(slug);
        put(PARTNER_B, id, example("updateService", slug)).statusCode(404).body(org.hamcrest.Matchers.not(
                containsString("permanences-lyon")));
        as(ANONYMOUS).get(SERVICES + id).then().body("version", is(0)).body("contact", nullValue());
    }

    @Test
    void shouldLetTheCoordinatorRevertAContact() {
        String slug = uniqueSlug("revert-contact");
        String id = Fixtures.createService(slug);
        put(PARTNER_A, id, example("updateService", slug)).statusCode(200);
        String eventId = as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").path("items[0].id");
        as(COORDINATOR).post("/api/v1/audit-events/" + eventId + "/revert").then().statusCode(200)
                .body("changedFields", hasItems("contact", "wayIn"));
        as(ANONYMOUS).get(SERVICES + id).then().body("contact", nullValue())
                .body("wayIn.code", is("ask-at-the-desk")).body("wayIn.inferred", is(true));
        // And a revert of the revert brings it back.
        String revertId = as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").path("items[0].id");
        as(COORDINATOR).post("/api/v1/audit-events/" + revertId + "/revert").then().statusCode(200);
        as(ANONYMOUS).get(SERVICES + id).then().body("contact.phone", is("+33465712345"))
                .body("wayIn.code", is("come"));
    }

    private static void refused(String id, String slug, String field, String value, String path) {
        ObjectNode body = example("updateService", slug);
        body.with("contact").put(field, value);
        put(PARTNER_A, id, body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(path));
    }

    private static ValidatableResponse put(org.passerelle.support.Personas persona, String id, ObjectNode body) {
        return as(persona).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id)).body(body.toString())
                .put(SERVICES + id).then();
    }
}
