package org.passerelle.catalogue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.support.Fixtures.as;
import static org.passerelle.support.Fixtures.example;
import static org.passerelle.support.Fixtures.uniqueSlug;
import static org.passerelle.support.Personas.AGENT;
import static org.passerelle.support.Personas.ANONYMOUS;
import static org.passerelle.support.Personas.COORDINATOR;
import static org.passerelle.support.Personas.PARTNER_A;
import static org.passerelle.support.Personas.PARTNER_A_CLIENT;
import static org.passerelle.support.Personas.PARTNER_B;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.passerelle.support.Api;
import org.passerelle.support.Fixtures;
import org.passerelle.support.Personas;
import org.passerelle.support.WritesProfile;

/**
 * A partner keeps its service's hours current (issue 18): the weekly slots and temporary closures at a place, with
 * the same rules as every service write (its own organisation's only, If-Match, audited, revertible, live in the
 * kiosk's page, the search and the plans at once), and the maintained record an editing screen starts from.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ServiceScheduleTest {

    static final String SERVICES = "/api/v1/services/";
    static final String DESK = "guichet-unique-nancy-exemple";
    static final ObjectMapper JSON = new ObjectMapper();

    static String schedulePath(String id) {
        return SERVICES + id + "/locations/" + DESK + "/schedule";
    }

    static ObjectNode slot(String weekday, String opens, String closes) {
        return JSON.createObjectNode().put("weekday", weekday).put("opensAt", opens).put("closesAt", closes)
                .put("walkIn", true).put("appointment", false).put("interpreting", false);
    }

    static ObjectNode closure(String from, String to, String reason) {
        return JSON.createObjectNode().put("startsOn", from).put("endsOn", to).put("reason", reason);
    }

    static ObjectNode schedule(List<ObjectNode> slots, List<ObjectNode> closures) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode s = body.putArray("slots");
        slots.forEach(s::add);
        ArrayNode c = body.putArray("closures");
        closures.forEach(c::add);
        return body;
    }

    static ObjectNode tuesdayAndThursday() {
        ObjectNode thursday = slot("TH", "09:30", "12:00").put("walkIn", false).put("appointment", true)
                .put("validFrom", "2026-09-01").put("validTo", "2027-06-30");
        return schedule(List.of(slot("TU", "14:00", "17:00").put("interpreting", true), thursday),
                List.of(closure("2026-12-24", "2027-01-02", "Fermeture de fin d'année")));
    }

    static String version(String id) {
        return as(PARTNER_A).get(SERVICES + id + "/maintained").then().statusCode(200).extract().header("ETag");
    }

    static Response put(Personas persona, String id, String ifMatch, ObjectNode body) {
        var request = as(persona).contentType(ContentType.JSON).body(body.toString());
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put(schedulePath(id));
    }

    @Test
    void shouldReadTheServiceAsMaintainedInEveryLanguage() {
        String slug = uniqueSlug("maintained");
        String id = Fixtures.createService(slug);
        as(PARTNER_A).get(SERVICES + slug + "/maintained").then().statusCode(200)
                .header("ETag", "\"0\"").header("Cache-Control", containsString("private"))
                .body("id", is(id)).body("organization.slug", is("la-cimade"))
                .body("fields.slug", is(slug))
                .body("fields.name.fr", is("Permanence juridique (Lyon)"))
                .body("fields.name.en", is("Legal advice desk (Lyon)"))
                .body("fields.territory.city", is("Lyon"))
                .body("texts.fr.origin", is("source")).body("texts.en.origin", is("source"))
                .body("locations", empty()).body("recentCapacityDeclines", nullValue())
                .body("version", is(0)).body("updatedAt", org.hamcrest.Matchers.notNullValue());
        // What it reads is what the PUT takes: sent back as it is, it is accepted.
        String fields = as(PARTNER_A).get(SERVICES + id + "/maintained").then().extract().jsonPath()
                .prettify();
        ObjectNode record = (ObjectNode) read(fields);
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(record.get("fields").toString())
                .put(SERVICES + id).then().statusCode(200).header("ETag", "\"1\"");
        // The demo's own service, with its machine translations and its permanence at the desk.
        as(PARTNER_A).get(SERVICES + "cimade-permanences-juridiques/maintained").then().statusCode(200)
                .body("texts.uk.origin", is("machine"))
                .body("locations[0].slug", is(DESK)).body("locations[0].timezone", is("Europe/Paris"))
                .body("locations[0].illustrative", is(true))
                .body("locations[0].schedule.slots[0].weekday", is("TU"))
                .body("locations[0].schedule.slots[0].opensAt", is("14:00"));
    }

    /**
     * An editing screen sends back what it read with one section changed: every service of the catalogue must pass
     * the PUT's checks as read. A stale If-Match makes the check the last word without writing anything (the
     * checks come first: a 400 would name the field; the 412 says they passed).
     */
    @Test
    void shouldTakeBackEveryServiceAsRead() {
        List<String> slugs = Api.allSlugs("/api/v1/services");
        assertTrue(slugs.size() > 50, slugs.size() + " services");
        for (String slug : slugs) {
            String fields = as(COORDINATOR).get(SERVICES + slug + "/maintained").then().statusCode(200).extract()
                    .jsonPath().prettify();
            Response put = as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"99999\"")
                    .body(read(fields).get("fields").toString()).put(SERVICES + slug);
            assertEquals(412, put.statusCode(), slug + ": " + put.asString());
        }
    }

    @Test
    void shouldKeepAnotherOrganisationsServiceOutOfSight() {
        String id = Fixtures.createService(uniqueSlug("hidden"));
        as(PARTNER_B).get(SERVICES + id + "/maintained").then().statusCode(404)
                .contentType(Api.PROBLEM_JSON).body("detail", org.hamcrest.Matchers.not(containsString("Lyon")));
        put(PARTNER_B, id, "\"0\"", tuesdayAndThursday()).then().statusCode(404).contentType(Api.PROBLEM_JSON);
        put(ANONYMOUS, id, "\"0\"", tuesdayAndThursday()).then().statusCode(401);
        put(AGENT, id, "\"0\"", tuesdayAndThursday()).then().statusCode(403);
        as(AGENT).get(SERVICES + id + "/maintained").then().statusCode(403);
        as(ANONYMOUS).get(SERVICES + id + "/maintained").then().statusCode(401);
        put(PARTNER_A, id, "\"0\"", tuesdayAndThursday());
        // An unknown place is a 404 too, and nothing changed.
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(tuesdayAndThursday().toString()).put(SERVICES + id + "/locations/nowhere/schedule").then()
                .statusCode(404).contentType(Api.PROBLEM_JSON);
        // Its own system with client credentials, and the coordinator, may.
        put(PARTNER_A_CLIENT, id, version(id), tuesdayAndThursday()).then().statusCode(200);
        put(COORDINATOR, id, version(id), schedule(List.of(), List.of())).then().statusCode(200);
    }

    @Test
    void shouldReplaceTheHoursAndClosuresLiveAndAuditThem() {
        String slug = uniqueSlug("hours");
        String id = Fixtures.createService(slug);
        put(PARTNER_A, id, "\"0\"", tuesdayAndThursday()).then().statusCode(200).header("ETag", "\"1\"")
                .body("version", is(1)).body("locations[0].slug", is(DESK))
                .body("locations[0].openingHours", is("Tu 14:00-17:00; Th 09:30-12:00"));
        // The kiosk's read of the service (public, anonymous) shows them at once.
        as(ANONYMOUS).get(SERVICES + slug).then().statusCode(200)
                .body("locations[0].slots[0].weekday", is("TU"))
                .body("locations[0].slots[0].interpreting", is(true))
                .body("locations[0].slots[1].appointment", is(true))
                .body("locations[0].slots[1].validFrom", is("2026-09-01"))
                .body("locations[0].closures[0].startsOn", is("2026-12-24"))
                .body("locations[0].closures[0].endsOn", is("2027-01-02"))
                .body("locations[0].closures[0].reason", is("Fermeture de fin d'année"));
        as(PARTNER_A).get(SERVICES + id + "/maintained").then().statusCode(200)
                .body("locations[0].schedule.slots.size()", is(2))
                .body("locations[0].schedule.closures[0].reason", is("Fermeture de fin d'année"));
        // One audit event, naming what moved, with every place's schedule before and after.
        var audit = as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("update", audit.getString("items[0].action"));
        assertEquals(1, audit.getInt("items[0].entityVersion"));
        List<String> changed = audit.getList("items[0].changedFields");
        assertEquals(List.of("schedules." + DESK), changed);
        assertEquals("14:00", audit.getString("items[0].after.schedules.'" + DESK + "'.slots[0].opensAt"));
        // Replaced, not merged: one slot left, no closure.
        put(PARTNER_A, id, "\"1\"", schedule(List.of(slot("MO", "09:00", "12:00")), List.of())).then()
                .statusCode(200).body("locations[0].openingHours", is("Mo 09:00-12:00"))
                .body("locations[0].closures", empty());
        List<String> then = as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").then()
                .extract().jsonPath().getList("items[0].changedFields");
        assertEquals(List.of("schedules." + DESK + ".closures", "schedules." + DESK + ".slots"), then);
    }

    @Test
    void shouldRequireIfMatchAndRefuseAStaleOne() {
        String slug = uniqueSlug("stale");
        String id = Fixtures.createService(slug);
        put(PARTNER_A, id, null, tuesdayAndThursday()).then().statusCode(428).contentType(Api.PROBLEM_JSON);
        put(PARTNER_A, id, "\"0\"", tuesdayAndThursday()).then().statusCode(200);
        // A second tab still holding version 0, whether it writes the hours or the other fields.
        put(PARTNER_A, id, "\"0\"", schedule(List.of(), List.of())).then().statusCode(412)
                .contentType(Api.PROBLEM_JSON).body("detail", containsString("read it again"));
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(example("updateService", slug).toString()).put(SERVICES + id).then().statusCode(412);
        as(ANONYMOUS).get(SERVICES + id).then().body("version", is(1)).body("locations[0].slots.size()", is(2));
        // And a field write moves the version the schedule write must then send.
        put(PARTNER_A, id, "\"1\"", schedule(List.of(), List.of())).then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void shouldNameEachInvalidValueByItsPath() {
        String id = Fixtures.createService(uniqueSlug("invalid"));
        invalid(id, schedule(List.of(slot("TU", "9:30", "12:00")), List.of()), "slots[0].opensAt", "HH:MM");
        invalid(id, schedule(List.of(slot("TU", "09:30", "24:00")), List.of()), "slots[0].closesAt", "HH:MM");
        invalid(id, schedule(List.of(slot("XX", "09:30", "12:00")), List.of()), "slots[0].weekday", "MO, TU");
        invalid(id, schedule(List.of(slot("TU", "09:00", "12:00"), slot("WE", "09:00", "12:00"),
                slot("TH", "14:00", "14:00")), List.of()), "slots[2].closesAt", "after opensAt");
        invalid(id, schedule(List.of(slot("TU", "14:00", "12:00")), List.of()), "slots[0].closesAt", "after opensAt");
        invalid(id, schedule(List.of(slot("TU", "09:00", "12:00").put("validFrom", "2027-01-10")
                .put("validTo", "2027-01-01")), List.of()), "slots[0].validTo", "validFrom");
        invalid(id, schedule(List.of(slot("TU", "09:00", "12:00"), slot("TU", "11:30", "13:00")), List.of()),
                "slots[1].opensAt", "overlaps slots[0]");
        invalid(id, schedule(List.of(), List.of(closure("2027-01-10", "2027-01-09", null))), "closures[0].endsOn",
                "startsOn");
        invalid(id, schedule(List.of(), List.of(closure("2027-01-01", "2028-01-02", null))), "closures[0].endsOn",
                "temporarily-closed");
        invalid(id, schedule(List.of(), List.of(closure("2027-01-01", "2027-01-02", "x".repeat(201)))),
                "closures[0].reason", "200");
        invalid(id, schedule(List.of(), List.of(closure("2027-02-30", "2027-03-02", null))), "closures[0].startsOn",
                "YYYY-MM-DD");
        invalid(id, schedule(IntStream.range(0, 43).mapToObj(i -> slot("MO", "09:00", "09:10")).toList(), List.of()),
                "slots", "42");
        invalid(id, schedule(List.of(), IntStream.range(0, 21)
                .mapToObj(i -> closure("2027-01-01", "2027-01-02", null)).toList()), "closures", "20");
        ObjectNode noSlots = schedule(List.of(), List.of());
        noSlots.remove("slots");
        invalid(id, noSlots, "slots", "required");
        // Slots of the same day that do not overlap, or whose periods do not meet, are fine.
        put(PARTNER_A, id, "\"0\"", schedule(List.of(slot("TU", "09:00", "12:00"), slot("TU", "12:00", "13:00"),
                slot("WE", "09:00", "12:00").put("validTo", "2026-12-31"),
                slot("WE", "10:00", "11:00").put("validFrom", "2027-01-01")), List.of())).then().statusCode(200);
        // Several mistakes are all named at once.
        var errors = put(PARTNER_A, id, "\"1\"", schedule(List.of(slot("TU", "14:00", "12:00")),
                List.of(closure("2027-01-10", "2027-01-09", null)))).then().statusCode(400).extract().jsonPath()
                .getList("errors.field");
        assertEquals(List.of("slots[0].closesAt", "closures[0].endsOn"), errors);
    }

    private static void invalid(String id, ObjectNode body, String field, String message) {
        ValidatableResponse response = put(PARTNER_A, id, "\"0\"", body).then().statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("errors.field", hasItem(field));
        String said = response.extract().jsonPath().getList("errors").stream()
                .map(Object::toString).collect(Collectors.joining("; "));
        assertTrue(said.contains(message), field + ": " + said);
        // Nothing was written.
        as(ANONYMOUS).get(SERVICES + id).then().body("version", is(0)).body("locations", empty());
    }

    @Test
    void shouldLetACoordinatorRevertAScheduleChange() {
        String id = Fixtures.createService(uniqueSlug("revert-hours"));
        put(PARTNER_A, id, "\"0\"", tuesdayAndThursday()).then().statusCode(200);
        put(PARTNER_A, id, "\"1\"", schedule(List.of(slot("MO", "09:00", "12:00")), List.of())).then().statusCode(200);
        String latest = as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").path("items[0].id");
        as(COORDINATOR).post("/api/v1/audit-events/" + latest + "/revert").then().statusCode(200);
        as(ANONYMOUS).get(SERVICES + id).then().body("version", is(3))
                .body("locations[0].openingHours", is("Tu 14:00-17:00; Th 09:30-12:00"))
                .body("locations[0].closures[0].reason", is("Fermeture de fin d'année"));
        // The revert is itself audited, and only the latest change can be reverted.
        as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").then()
                .body("items[0].action", is("revert"))
                .body("items[0].changedFields", hasItem("schedules." + DESK + ".slots"));
        as(COORDINATOR).post("/api/v1/audit-events/" + latest + "/revert").then().statusCode(409);
    }

    @Test
    void shouldStopHoldingTheServiceAtAPlaceWhenTheWriteThatAddedItIsReverted() {
        String id = Fixtures.createService(uniqueSlug("revert-place"));
        put(PARTNER_A, id, "\"0\"", tuesdayAndThursday()).then().statusCode(200);
        String event = as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").path("items[0].id");
        as(COORDINATOR).post("/api/v1/audit-events/" + event + "/revert").then().statusCode(200);
        as(ANONYMOUS).get(SERVICES + id).then().body("locations", empty()).body("version", is(2));
    }

    @Test
    void shouldRebuildThePlansAtOnce() {
        String slug = uniqueSlug("plans");
        String id = Fixtures.createService(slug);
        assertEquals(List.of("hours.not-known"), hourReasons(slug));
        List<ObjectNode> everyDay = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU").stream()
                .map(d -> slot(d, "00:00", "23:59")).toList();
        put(PARTNER_A, id, "\"0\"", schedule(everyDay, List.of())).then().statusCode(200);
        // Open all day, every day (but in the last minute of the day, Paris time).
        if (!java.time.LocalTime.now(ZoneId.of("Europe/Paris")).isAfter(java.time.LocalTime.of(23, 58))) {
            assertEquals(List.of("hours.open-now"), hourReasons(slug));
            assertTrue(Api.allSlugs("/api/v1/services", "openNow", "true").contains(slug));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        put(PARTNER_A, id, "\"1\"", schedule(everyDay,
                List.of(closure(today.minusDays(1).toString(), today.plusDays(1).toString(), "Travaux")))).then()
                .statusCode(200);
        assertEquals(List.of("hours.closed-now"), hourReasons(slug));
        assertTrue(!Api.allSlugs("/api/v1/services", "openNow", "true").contains(slug));
    }

    private static List<String> hourReasons(String slug) {
        List<String> keys = as(ANONYMOUS).contentType(ContentType.JSON).queryParam("limit", 100)
                .body("{\"needs\":[\"rights\"],\"city\":\"Lyon\"}").post("/api/v1/triage").then().statusCode(200)
                .extract().jsonPath().getList("needs[0].offers.find { it.slug == '" + slug + "' }.reasons.key");
        return keys.stream().filter(k -> k.startsWith("hours.")).toList();
    }

    @Test
    void shouldNameTheLanguageOfAnInvalidText() {
        String slug = uniqueSlug("texts");
        String id = Fixtures.createService(slug);
        ObjectNode body = example("updateService", slug);
        body.with("name").put("en", " ");
        body.with("wayIn").put("code", "come").with("note").put("fr", "x".repeat(201));
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body.toString())
                .put(SERVICES + id).then().statusCode(400)
                .body("errors.field", hasItems("name.en", "wayIn.note.fr"));
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
