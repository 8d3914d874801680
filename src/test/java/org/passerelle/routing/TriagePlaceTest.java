package org.passerelle.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.passerelle.common.text.Keys;

/**
 * The triage places a person in any French commune (the official gazetteer), says where in the plan's
 * {@code place}, and leaves out every offer limited to another area, not even as "maybe"
 * (docs/architecture.md §7, territory). An ambiguous town is said so, and read as unknown by the rules.
 */
@QuarkusTest
class TriagePlaceTest {

    /** Every kiosk domain: the plan covers the whole catalogue's local offers. */
    private static final String ALL_NEEDS = "[\"housing\",\"french\",\"rights\",\"work\",\"health\",\"school\","
            + "\"daily-life\",\"emergency\"]";

    @Inject
    RoutingSnapshot snapshot;

    private static JsonPath plan(String profile) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).queryParam("limit", 100).body(profile)
                .post("/api/v1/triage").then().statusCode(200).extract().jsonPath();
    }

    /** The region of each local offer of the catalogue, by slug (national offers have none). */
    private Map<String, Place> localOffers() {
        return snapshot.view().offers().stream().filter(o -> !o.place().isNational())
                .collect(Collectors.toMap(OfferFacts::slug, OfferFacts::place));
    }

    @ParameterizedTest(name = "a person in {0} gets no offer limited to another region than {1}")
    @CsvSource(delimiter = ';', value = {
        "Lille;Hauts-de-France",
        "Strasbourg;Grand Est",
        "Toulouse;Occitanie",
        "Rennes;Bretagne",
        "Grenoble;Auvergne-Rhône-Alpes",
    })
    void aPersonPlacedInAnyCommuneGetsNoOfferLimitedToAnotherRegion(String city, String region) {
        JsonPath plan = plan("{\"needs\":" + ALL_NEEDS + ",\"city\":\"" + city + "\"}");
        assertEquals("found", plan.getString("place.status"));
        assertEquals(region, plan.getString("place.commune.region"));

        Map<String, Place> local = localOffers();
        long elsewhere = local.values().stream().filter(p -> p.region() != null
                && !PreparedOffer.keys(p.region()).contains(Keys.placeKey(region))).count();
        assertTrue(elsewhere > 20, "the catalogue must hold offers limited to other regions for this test to mean anything");

        List<String> listed = new ArrayList<>(plan.getList("needs.offers.slug.flatten()", String.class));
        listed.addAll(plan.getList("needs.notEligible.slug.flatten()", String.class));
        List<String> wrong = new ArrayList<>();
        for (String slug : listed) {
            Place place = local.get(slug);
            if (place != null && !PreparedOffer.keys(place.region()).contains(Keys.placeKey(region))) {
                wrong.add(slug + " (" + place.region() + ")");
            }
        }
        assertEquals(List.of(), wrong, "offers limited to another region in a plan for " + city);
    }

    @Test
    void lilleIsFoundAndItsRegionsOffersAreLocal() {
        JsonPath plan = plan("{\"needs\":" + ALL_NEEDS + ",\"status\":\"refugee\",\"city\":\"lille\"}");
        Map<String, Object> commune = plan.getMap("place.commune");
        assertEquals("59350", commune.get("code"));
        assertEquals("Lille", commune.get("name"));
        assertEquals("59", commune.get("departmentCode"));
        assertEquals("Nord", commune.get("department"));
        assertEquals("Hauts-de-France", commune.get("region"));
        assertEquals("exact", commune.get("match"));
        assertEquals("Nord", plan.getString("place.department"));
        assertEquals(List.of(), plan.getList("place.candidates"));
        // Found: every local offer in the plan serves Lille for sure (fits on territory, never "maybe" for the
        // place), and the Calais offers, in the same region but another town, are left out.
        List<Map<String, Object>> offers = plan.getList("needs.offers.flatten()");
        Map<String, Place> local = localOffers();
        assertTrue(local.values().stream().anyMatch(p -> "Calais".equals(p.city())), "the catalogue has offers in Calais");
        for (Map<String, Object> offer : offers) {
            List<Map<String, Object>> reasons = (List<Map<String, Object>>) offer.get("reasons");
            assertTrue(reasons.stream().noneMatch(r -> "territory.local".equals(r.get("key")) && !"fits".equals(r.get("effect"))),
                    offer.get("slug") + " is not in doubt about the place: " + reasons);
            Place place = local.get((String) offer.get("slug"));
            assertTrue(place == null || !"Calais".equals(place.city()), offer.get("slug") + " is in Calais");
        }
    }

    @Test
    void saintDenisAloneIsAmbiguousAndThePlanSaysSo() {
        JsonPath plan = plan("{\"needs\":[\"housing\",\"rights\"],\"status\":\"refugee\",\"city\":\"Saint-Denis\"}");
        assertEquals("ambiguous", plan.getString("place.status"));
        assertNull(plan.get("place.commune"));
        assertNull(plan.get("place.region"));
        List<Map<String, Object>> candidates = plan.getList("place.candidates");
        Map<String, String> postcodeByDepartment = new java.util.HashMap<>();
        candidates.forEach(c -> postcodeByDepartment.put((String) c.get("departmentCode"), (String) c.get("postcode")));
        assertTrue(postcodeByDepartment.keySet().containsAll(Set.of("93", "974")), candidates.toString());
        // Each candidate carries the postcode that settles it.
        assertTrue(List.of("93200", "93210", "93380").contains(postcodeByDepartment.get("93")));
        assertTrue(List.of("97400", "97417", "97490").contains(postcodeByDepartment.get("974")));
        // An Île-de-France offer may be theirs or not: maybe, naming the city; never eligible on territory.
        Map<String, Place> local = localOffers();
        List<Map<String, Object>> offers = plan.getList("needs.offers.flatten()");
        boolean sawIdf = false;
        for (Map<String, Object> offer : offers) {
            Place place = local.get((String) offer.get("slug"));
            if (place == null) {
                continue;
            }
            List<Map<String, Object>> reasons = (List<Map<String, Object>>) offer.get("reasons");
            Map<String, Object> territory = reasons.stream().filter(r -> "territory.local".equals(r.get("key"))).findFirst()
                    .orElseThrow();
            assertEquals("missing", territory.get("effect"), offer.get("slug") + ": " + territory);
            assertEquals("city", territory.get("fact"));
            sawIdf |= "Île-de-France".equals(place.region());
        }
        assertTrue(sawIdf, "some Île-de-France offer is in the plan as maybe");

        // The postcode of a candidate settles it.
        JsonPath settled = plan("{\"needs\":[\"housing\",\"rights\"],\"status\":\"refugee\",\"city\":\"Saint-Denis\","
                + "\"postcode\":\"" + postcodeByDepartment.get("93") + "\"}");
        assertEquals("found", settled.getString("place.status"));
        assertEquals("Seine-Saint-Denis", settled.getString("place.commune.department"));
        assertEquals(postcodeByDepartment.get("93"), settled.getString("place.commune.postcode"));
        JsonPath reunion = plan("{\"needs\":[\"housing\"],\"city\":\"Saint-Denis\",\"postcode\":\"97400\"}");
        assertEquals("La Réunion", reunion.getString("place.commune.region"));
        // Nothing of Île-de-France for a person in La Réunion.
        List<String> listed = reunion.getList("needs.offers.slug.flatten()", String.class);
        assertTrue(listed.stream().noneMatch(s -> local.containsKey(s)), "no local offer of the catalogue is in La Réunion: "
                + listed);
    }

    @Test
    void aMisspeltTownIsUnknownWithTheRightSuggestion() {
        JsonPath plan = plan("{\"needs\":[\"housing\"],\"city\":\"Strasbourgh\"}");
        assertEquals("unknown", plan.getString("place.status"));
        assertEquals("Strasbourg", plan.getString("place.candidates[0].name"));
        assertEquals("similar", plan.getString("place.candidates[0].match"));
        // No town and no postcode: no place at all.
        assertNull(plan("{\"needs\":[\"housing\"]}").get("place"));
        // Marseille by its arrondissement's postcode.
        JsonPath marseille = plan("{\"needs\":[\"housing\"],\"postcode\":\"13013\"}");
        assertEquals("Marseille", marseille.getString("place.commune.name"));
        assertEquals("13013", marseille.getString("place.commune.postcode"));
        assertEquals("Bouches-du-Rhône", marseille.getString("place.department"));
        assertEquals("Provence-Alpes-Côte d'Azur", marseille.getString("place.region"));
    }
}
