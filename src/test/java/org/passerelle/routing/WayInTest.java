package org.passerelle.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A way in for every offer (docs/architecture.md §9, the way in): every offer of every plan says how to get
 * in (a contact, a place with hours, or the one-stop-shop desk with its address and hours), the contacts
 * the sources print are shown, and an organisation's contact stands in for its services.
 */
@QuarkusTest
class WayInTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CODES = Set.of("come", "call", "write", "online", "ask-the-desk-to-refer-you",
            "ask-at-the-desk");

    @Test
    void shouldGiveEveryOfferOfEveryPlanOfTheEvaluationSetAWayIn() throws IOException {
        JsonNode set = resource("/relevance/eval-set.json");
        Map<String, Integer> byKind = new TreeMap<>();
        List<String> deadEnds = new ArrayList<>();
        int offers = 0;
        for (JsonNode profile : set.get("profiles")) {
            JsonPath plan = given().contentType(ContentType.JSON).body(profile.get("profile").toString())
                    .post("/api/v1/triage").then().statusCode(200).extract().jsonPath();
            Map<String, Object> desk = plan.getMap("desk");
            assertNotNull(desk, "the plan names the desk");
            assertTrue(desk.get("address1") != null && !((List<?>) desk.get("slots")).isEmpty(),
                    "the desk has an address and hours");
            List<Map<String, Object>> all = new ArrayList<>();
            for (Map<String, Object> need : plan.<Map<String, Object>>getList("needs")) {
                all.addAll(offersOf(need, "offers"));
                all.addAll(offersOf(need, "notEligible"));
            }
            for (Map<String, Object> offer : all) {
                offers++;
                String kind = wayIn(offer);
                if (kind == null) {
                    deadEnds.add(profile.get("id").asText() + ": " + offer.get("slug"));
                } else {
                    byKind.merge(kind, 1, Integer::sum);
                }
            }
        }
        System.out.println("way in: " + offers + " offers over " + set.get("profiles").size() + " plans: " + byKind);
        assertEquals(List.of(), deadEnds);
        assertTrue(offers > 300, "the set's plans hold " + offers + " offers");
        assertTrue(byKind.containsKey("contact") && byKind.containsKey("place") && byKind.containsKey("desk"), byKind::toString);
    }

    /** "contact", "place" or "desk": what the kiosk shows as the way in; null for a dead end. */
    @SuppressWarnings("unchecked")
    private static String wayIn(Map<String, Object> offer) {
        Map<String, Object> wayIn = (Map<String, Object>) offer.get("wayIn");
        if (wayIn == null || !CODES.contains(wayIn.get("code"))) {
            return null;
        }
        Map<String, Object> contact = (Map<String, Object>) wayIn.get("contact");
        Map<String, Object> place = (Map<String, Object>) wayIn.get("place");
        boolean desk = Boolean.TRUE.equals(wayIn.get("desk"));
        String code = (String) wayIn.get("code");
        boolean deskCode = code.startsWith("ask-");
        if (desk != deskCode) {
            return null;
        }
        switch (code) {
            case "call" -> {
                return contact != null && contact.get("phone") != null ? "contact" : null;
            }
            case "write" -> {
                return contact != null && contact.get("email") != null ? "contact" : null;
            }
            case "online" -> {
                return contact != null && contact.get("url") != null ? "contact" : null;
            }
            case "come" -> {
                return place != null && (place.get("address1") != null || place.get("city") != null)
                        || wayIn.get("note") != null ? "place" : null;
            }
            default -> {
                return "desk";
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> offersOf(Map<String, Object> need, String key) {
        return (List<Map<String, Object>>) need.get(key);
    }

    @Test
    void shouldShowTheContactsTheSourcesPrint() throws IOException {
        JsonNode curated = resource("/demo-catalogue/contacts.json");
        int organizations = 0;
        for (JsonNode c : curated.get("organizations")) {
            JsonPath organization = given().get("/api/v1/organizations/" + c.get("organization").asText()).then()
                    .statusCode(200).extract().jsonPath();
            for (String field : List.of("website", "email", "phone")) {
                if (c.hasNonNull(field)) {
                    assertEquals(c.get(field).asText(), organization.getString(field), c.get("organization") + " " + field);
                }
            }
            organizations++;
        }
        int services = 0;
        for (JsonNode c : curated.get("services")) {
            JsonPath service = given().get("/api/v1/services/" + c.get("service").asText()).then().statusCode(200)
                    .extract().jsonPath();
            for (String field : List.of("phone", "email", "url")) {
                assertEquals(c.hasNonNull(field) ? c.get(field).asText() : null, service.getString("contact." + field),
                        c.get("service") + " " + field);
                assertEquals(c.hasNonNull(field) ? c.get(field).asText() : null,
                        service.getString("wayIn.contact." + field));
            }
            assertEquals("service", service.getString("wayIn.contact.from"));
            services++;
        }
        assertEquals(6, organizations);
        assertEquals(5, services);
        // The DIAIR: website, mailbox and switchboard as its page prints them (003, lines 25-26).
        given().get("/api/v1/organizations/diair").then().body("phone", is("+33172716975"))
                .body("website", is("https://www.accueil-integration-refugies.fr"))
                .body("email", is("contact-diAir@interieur.gouv.fr"));
    }

    @Test
    void shouldLetAnOrganisationsContactStandInForItsServices() {
        // Kodiko's services have no contact of their own: Kodiko's website is the way in, and says so.
        given().get("/api/v1/services/kodiko-co-training-paris").then().statusCode(200)
                .body("contact", nullValue())
                .body("wayIn.contact.url", is("https://www.kodiko.fr/"))
                .body("wayIn.contact.from", is("organization"))
                .body("wayIn.inferred", is(true));
        // The national portal is used online: its website is its way in.
        given().get("/api/v1/services/diair-portail-accueil-integration-refugies").then()
                .body("wayIn.code", is("online")).body("wayIn.desk", is(false))
                .body("wayIn.contact.url", is("https://www.accueil-integration-refugies.fr"));
    }

    @Test
    void shouldSendToTheDeskWhenNothingIsKnownAndKeepTheEmergencyNumbers() {
        // Adoma prints only its staff's numbers: none is kept, so the desk is the way in.
        JsonPath plan = given().contentType(ContentType.JSON)
                .body("{\"needs\":[\"housing\"],\"status\":\"refugee\",\"city\":\"Besançon\",\"ageBand\":\"31-64\"}")
                .post("/api/v1/triage").then().statusCode(200)
                .body("desk.address1", is("1 place Stanislas")).body("desk.illustrative", is(true))
                .body("desk.slots.size()", org.hamcrest.Matchers.greaterThan(0))
                .extract().jsonPath();
        List<Map<String, Object>> offers = plan.getList("needs[0].offers");
        Map<String, Object> adoma = offers.stream()
                .filter(o -> String.valueOf(((Map<?, ?>) o.get("organization")).get("slug")).equals("adoma"))
                .findFirst().orElseThrow(() -> new AssertionError("no Adoma offer in " + offers));
        @SuppressWarnings("unchecked")
        Map<String, Object> wayIn = (Map<String, Object>) adoma.get("wayIn");
        assertEquals(true, wayIn.get("desk"), wayIn::toString);
        assertEquals(null, wayIn.get("contact"));
        assertTrue(Set.of("ask-at-the-desk", "ask-the-desk-to-refer-you").contains(wayIn.get("code")), wayIn::toString);
        // Emergencies keep the national numbers.
        assertTrue(plan.getList("needs[0].safetyNet.phone").contains("115"), plan.getList("needs[0].safetyNet").toString());
    }

    @Test
    void shouldSayComeWithThePlaceAndItsHoursWhereAServiceHoldsThem() {
        given().get("/api/v1/services/cimade-permanences-juridiques").then().statusCode(200)
                .body("wayIn.code", is("come")).body("wayIn.desk", is(false)).body("wayIn.inferred", is(true))
                .body("wayIn.place.address1", is("1 place Stanislas"))
                .body("wayIn.place.openingHours", is("Tu 14:00-17:00"))
                .body("wayIn.place.illustrative", is(true)).body("wayIn.place.openNow", notNullValue());
    }

    private static JsonNode resource(String path) throws IOException {
        try (InputStream in = WayInTest.class.getResourceAsStream(path)) {
            return JSON.readTree(in);
        }
    }
}
