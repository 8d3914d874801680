package org.passerelle.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * POST /api/v1/places/suggest: communes for what a person types at the kiosk, in a body and never in a URL,
 * validated like every other input (problem+json with field errors).
 */
@QuarkusTest
class PlaceSuggestTest {

    private static ValidatableResponse suggest(String body) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .post("/api/v1/places/suggest").then();
    }

    @Test
    void suggestsCommunesWithTheirPostcodesDepartmentAndRegion() {
        suggest("{\"q\":\"stras\"}").statusCode(200)
                .body("items", hasSize(lessThanOrEqualTo(8)))
                .body("items[0].code", is("67482"))
                .body("items[0].name", is("Strasbourg"))
                .body("items[0].postcodes", hasItem("67000"))
                .body("items[0].departmentCode", is("67"))
                .body("items[0].department", is("Bas-Rhin"))
                .body("items[0].region", is("Grand Est"))
                .body("items[0].match", is("prefix"));
        // A postcode, or its first digits.
        suggest("{\"q\":\"13013\"}").statusCode(200)
                .body("items[0].name", is("Marseille")).body("items[0].postcode", is("13013"))
                .body("items[0].match", is("postcode"));
        suggest("{\"q\":\"974\",\"limit\":3}").statusCode(200)
                .body("items", hasSize(3)).body("items.region", everyItem(is("La Réunion")));
        // A misspelling.
        suggest("{\"q\":\"Grenobel\"}").statusCode(200)
                .body("items[0].name", is("Grenoble")).body("items[0].match", is("similar"));
        // Homonyms come with the postcode that tells them apart.
        List<Map<String, Object>> saintDenis = suggest("{\"q\":\"Saint-Denis\"}").statusCode(200).extract().jsonPath()
                .getList("items");
        assertFalse(saintDenis.stream().filter(i -> i.get("name").equals("Saint-Denis")
                && List.of("93", "974").contains(i.get("departmentCode"))).toList().size() < 2, saintDenis.toString());
        saintDenis.stream().filter(i -> i.get("name").equals("Saint-Denis"))
                .forEach(i -> assertEquals("exact", i.get("match")));
        saintDenis.stream().filter(i -> i.get("name").equals("Saint-Denis"))
                .forEach(i -> assertFalse(i.get("postcode") == null, "a homonym carries a postcode: " + i));
        // Nothing matches: an empty list, not an error.
        suggest("{\"q\":\"xqzwv\"}").statusCode(200).body("items", hasSize(0));
    }

    @Test
    void refusesInvalidBodiesWithFieldErrors() {
        for (String body : List.of("{\"q\":\"a\"}", "{\"q\":\"   \"}", "{}", "{\"q\":\"" + "x".repeat(81) + "\"}",
                "{\"q\":\"lille\",\"limit\":0}", "{\"q\":\"lille\",\"limit\":21}")) {
            suggest(body).statusCode(400).contentType("application/problem+json")
                    .body("status", is(400))
                    .body("errors.size()", is(1))
                    .body("errors[0].field", startsWith(body.contains("limit") ? "limit" : "q"));
        }
        suggest("{\"q\":\"lille\",\"city\":\"Lille\"}").statusCode(400).contentType("application/problem+json");
        suggest("not json").statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("lille").post("/api/v1/places/suggest").then().statusCode(415)
                .contentType("application/problem+json");
        // Problems never echo what was typed (it is a fact about the person, and problems end up in logs).
        String problem = suggest("{\"q\":\"Villeneuve-Saint-Secret\",\"limit\":99}").statusCode(400).extract().asString();
        assertFalse(problem.contains("Villeneuve"), problem);
    }

    @Test
    void neverTakesTheTownInAUrl() throws Exception {
        // No GET: what a person types would end up in access logs, proxies and browser history.
        given().get("/api/v1/places/suggest?q=Lille").then().statusCode(405);
        given().queryParam("q", "Lille").contentType(ContentType.JSON).body("{\"q\":\"metz\"}")
                .post("/api/v1/places/suggest").then().statusCode(200).body("items[0].name", is("Metz"));
        JsonNode spec = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        JsonNode operation = spec.path("paths").path("/api/v1/places/suggest");
        assertEquals(List.of("post"), iterable(operation.fieldNames()));
        assertFalse(operation.path("post").has("parameters") && operation.path("post").path("parameters").size() > 0,
                "no query parameter");
        for (String status : List.of("200", "400", "429")) {
            assertFalse(operation.path("post").path("responses").path(status).isMissingNode(), status + " documented");
        }
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
