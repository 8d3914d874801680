package org.passerelle.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.passerelle.support.Fixtures.as;
import static org.passerelle.support.Fixtures.etag;
import static org.passerelle.support.Fixtures.example;
import static org.passerelle.support.Fixtures.uniqueSlug;
import static org.passerelle.support.Personas.COORDINATOR;
import static org.passerelle.support.Personas.PARTNER_A_CLIENT;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.passerelle.support.WritesProfile;

/**
 * Issue 10, point 1: a partner's service, or a coordinator's organisation or initiative, with no place
 * (or with a department only, which lives outside the embedded territory) once made triage, search,
 * lookup and the record's page answer 500 for everyone, for good. The territory is now a value that is
 * never null, with an explicit scope.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class TerritoryScopeTest {

    static final String SERVICES = "/api/v1/services/";

    @Test
    void aServiceWithAnEmptyTerritoryKeepsTriageSearchAndLookupUp() {
        everythingStaysUpAfter("{}", "unknown");
    }

    @Test
    void aServiceWithADepartmentOnlyKeepsTriageSearchAndLookupUp() {
        everythingStaysUpAfter("{\"department\":\"Nord\"}", "local");
    }

    private void everythingStaysUpAfter(String territory, String derivedScope) {
        String slug = uniqueSlug("no-place");
        ObjectNode create = example("createService", slug);
        create.set("territory", json(territory));
        String id = as(PARTNER_A_CLIENT).contentType(ContentType.JSON).body(create.toString())
                .post("/api/v1/organizations/la-cimade/services").then().statusCode(201)
                .body("territory.scope", is(derivedScope)).body("territory.city", nullValue())
                .extract().path("id");

        ObjectNode update = example("updateService", slug);
        update.set("territory", json(territory));
        update.with("name").put("fr", "Permanence sans lieu");
        as(PARTNER_A_CLIENT).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id))
                .body(update.toString()).put(SERVICES + id).then().statusCode(200)
                .body("territory.scope", is(derivedScope));

        readsStayUp(id, slug, derivedScope);

        // A PUT again, and the coordinator's revert of it, work on the stored record.
        update.with("name").put("fr", "Permanence sans lieu, encore");
        as(PARTNER_A_CLIENT).contentType(ContentType.JSON).header("If-Match", etag(SERVICES + id))
                .body(update.toString()).put(SERVICES + id).then().statusCode(200);
        String eventId = as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").then()
                .statusCode(200).extract().path("items[0].id");
        as(COORDINATOR).post("/api/v1/audit-events/" + eventId + "/revert").then().statusCode(200)
                .body("changedFields", hasItem("name.fr"));
        readsStayUp(id, slug, derivedScope);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'catalogue' }.status", is("UP"))
                .body("checks.find { it.name == 'catalogue' }.data.'routing-snapshot'", is("UP"))
                .body("checks.find { it.name == 'catalogue' }.data.'search-index'", is("UP"));
    }

    private static void readsStayUp(String id, String slug, String scope) {
        given().accept(ContentType.JSON).get(SERVICES + id).then().statusCode(200)
                .body("territory.scope", is(scope));
        given().accept(ContentType.JSON).get("/api/v1/services").then().statusCode(200);
        given().accept(ContentType.JSON).queryParam("q", "permanence").queryParam("size", 100)
                .get("/api/v1/services").then().statusCode(200);
        given().accept(ContentType.JSON).queryParam("organization", "la-cimade").queryParam("size", 100)
                .get("/api/v1/services").then().statusCode(200)
                .body("items.find { it.slug == '" + slug + "' }.territory.scope", is(scope));
        given().accept(ContentType.JSON).contentType(ContentType.JSON)
                .body("{\"ids\":[\"" + slug + "\",\"auberge-des-migrants-aide-urgence\"]}")
                .post(SERVICES + "lookup").then().statusCode(200);
        given().accept(ContentType.JSON).contentType(ContentType.JSON)
                .body(example("triage").toString()).post("/api/v1/triage").then().statusCode(200);
        given().accept(ContentType.JSON).contentType(ContentType.JSON)
                .body("{\"needs\":[\"rights\"]}").post("/api/v1/triage").then().statusCode(200);
        given().accept(ContentType.JSON).get("/api/v1/organizations/la-cimade").then().statusCode(200);
    }

    @Test
    void anOrganisationWithAnEmptyTerritoryCanBeReadEditedAndReverted() {
        String slug = uniqueSlug("org-no-place");
        ObjectNode body = example("createOrganization", slug);
        body.set("territory", json("{}"));
        as(COORDINATOR).contentType(ContentType.JSON).body(body.toString()).post("/api/v1/organizations").then()
                .statusCode(201).body("territory.scope", is("unknown"));
        String path = "/api/v1/organizations/" + slug;
        given().accept(ContentType.JSON).get(path).then().statusCode(200).body("territory.scope", is("unknown"));
        given().accept(ContentType.JSON).queryParam("size", 100).get("/api/v1/organizations").then().statusCode(200);
        body.put("name", "Maison sans lieu");
        String id = as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(body.toString()).put(path).then().statusCode(200).extract().path("id");
        String eventId = as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").then()
                .statusCode(200).extract().path("items[0].id");
        as(COORDINATOR).post("/api/v1/audit-events/" + eventId + "/revert").then().statusCode(200);
        given().accept(ContentType.JSON).get(path).then().statusCode(200).body("territory.scope", is("unknown"));
        // A service of this organisation reads as well.
        given().accept(ContentType.JSON).get("/api/v1/services").then().statusCode(200);
    }

    @Test
    void anInitiativeWithNoPlaceCanBeReadEditedAndReverted() {
        String slug = uniqueSlug("initiative-no-place");
        ObjectNode body = example("createInitiative", slug);
        body.remove("city");
        body.remove("region");
        body.remove("country");
        body.remove("scope");
        body.remove("scopeNote");
        as(COORDINATOR).contentType(ContentType.JSON).body(body.toString()).post("/api/v1/initiatives").then()
                .statusCode(201).body("territory.scope", is("unknown"));
        String path = "/api/v1/initiatives/" + slug;
        given().accept(ContentType.JSON).get(path).then().statusCode(200).body("territory.scope", is("unknown"));
        given().accept(ContentType.JSON).queryParam("size", 100).get("/api/v1/initiatives").then().statusCode(200);
        body.put("name", "Café sans lieu");
        String id = as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(body.toString()).put(path).then().statusCode(200).extract().path("id");
        String eventId = as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").then()
                .statusCode(200).extract().path("items[0].id");
        as(COORDINATOR).post("/api/v1/audit-events/" + eventId + "/revert").then().statusCode(200);
        given().accept(ContentType.JSON).get(path).then().statusCode(200).body("territory.scope", is("unknown"))
                .body("territory.city", nullValue());
    }

    @Test
    void aNationalScopeIsKeptAndShown() {
        String slug = uniqueSlug("network");
        ObjectNode create = example("createService", slug);
        create.set("territory", json("{\"country\":\"FR\",\"scope\":\"national-network\","
                + "\"scopeNote\":\"Local groups in several regions, none named.\"}"));
        String id = as(PARTNER_A_CLIENT).contentType(ContentType.JSON).body(create.toString())
                .post("/api/v1/organizations/la-cimade/services").then().statusCode(201)
                .body("territory.scope", is("national-network"))
                .body("territory.scopeNote", is("Local groups in several regions, none named.")).extract().path("id");
        given().accept(ContentType.JSON).get(SERVICES + id).then().statusCode(200)
                .body("territory.scope", is("national-network"));
        given().accept(ContentType.JSON).contentType(ContentType.JSON)
                .body("{\"needs\":[\"rights\"]}").post("/api/v1/triage").then().statusCode(200);
    }

    @Test
    void anInconsistentScopeIsAFieldError() {
        // local with no city, department or region
        refused("{\"scope\":\"local\",\"country\":\"FR\"}", "territory.scope");
        // a national or unknown scope that names a place
        refused("{\"scope\":\"national-remote\",\"city\":\"Lyon\"}", "territory.scope");
        refused("{\"scope\":\"unknown\",\"department\":\"Nord\"}", "territory.scope");
        // not one of the four
        refused("{\"scope\":\"everywhere\"}", "territory.scope");

        ObjectNode org = example("createOrganization", uniqueSlug("org-bad-scope"));
        org.set("territory", json("{\"scope\":\"local\"}"));
        as(COORDINATOR).contentType(ContentType.JSON).body(org.toString()).post("/api/v1/organizations").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("territory.scope"));

        ObjectNode initiative = example("createInitiative", uniqueSlug("initiative-bad-scope"));
        initiative.put("scope", "national-network");
        as(COORDINATOR).contentType(ContentType.JSON).body(initiative.toString()).post("/api/v1/initiatives").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("scope"));
    }

    private static void refused(String territory, String field) {
        ObjectNode create = example("createService", uniqueSlug("bad-scope"));
        create.set("territory", json(territory));
        as(PARTNER_A_CLIENT).contentType(ContentType.JSON).body(create.toString())
                .post("/api/v1/organizations/la-cimade/services").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
