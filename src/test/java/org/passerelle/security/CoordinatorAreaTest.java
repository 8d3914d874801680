package org.passerelle.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.support.Fixtures.as;
import static org.passerelle.support.Fixtures.etag;
import static org.passerelle.support.Fixtures.example;
import static org.passerelle.support.Fixtures.uniqueSlug;
import static org.passerelle.support.Personas.AGENT;
import static org.passerelle.support.Personas.AGENT_METZ;
import static org.passerelle.support.Personas.COORDINATOR;
import static org.passerelle.support.Personas.PARTNER_A;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.passerelle.support.Fixtures;
import org.passerelle.support.Personas;
import org.passerelle.support.WritesProfile;

/**
 * What the coordinator's area reads beyond the first API (issue 18, part 4): a theme with every label and its
 * version, the audit log narrowed by what was done, by whom and for which organisation, a case found by its
 * reference, and each organisation's count of active services.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class CoordinatorAreaTest {

    /** Fictional, as every person in the tests (LogPrivacyIT lists the name). */
    static final String CASE_BODY = "{\"person\":{\"name\":\"Coordinator Area Person Qx\",\"languages\":[\"uk\"]},"
            + "\"needs\":[\"rights\"],\"consent\":{\"organizations\":[\"la-cimade\"],"
            + "\"fields\":[\"name\"],\"textVersion\":\"2026-12\",\"textLang\":\"uk\"}}";

    @Test
    void readsAThemeWithEveryLabelAndChangesItWithItsVersion() {
        String code = uniqueSlug("area-theme");
        as(COORDINATOR).contentType(ContentType.JSON)
                .body("{\"domain\":\"daily-life\",\"sortOrder\":90,\"labels\":{\"fr\":\"Vélo\",\"en\":\"Cycling\"}}")
                .put("/api/v1/themes/" + code).then().statusCode(200);
        String tag = as(COORDINATOR).get("/api/v1/themes/" + code).then().statusCode(200)
                .body("code", is(code)).body("domain", is("daily-life")).body("sortOrder", is(90))
                .body("labels.fr", is("Vélo")).body("labels.en", is("Cycling")).body("labels", not(hasKey("ar")))
                .body("version", is(0)).extract().header("ETag");
        assertEquals("\"0\"", tag);
        // Every kiosk language at once; right-to-left labels come back as written.
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", tag)
                .body("{\"domain\":\"daily-life\",\"sortOrder\":90,\"labels\":{\"fr\":\"Vélo\",\"en\":\"Cycling\","
                        + "\"ar\":\"الدراجة\",\"fa-AF\":\"بایسکل\",\"ps\":\"بایسکل\",\"ti\":\"ብሽክለታ\","
                        + "\"uk\":\"Велосипед\",\"ru\":\"Велосипед\"}}")
                .put("/api/v1/themes/" + code).then().statusCode(200);
        as(COORDINATOR).get("/api/v1/themes/" + code).then().statusCode(200).header("ETag", is("\"1\""))
                .body("labels.ar", is("الدراجة")).body("labels.'fa-AF'", is("بایسکل"))
                .body("labels.size()", is(8));
        // A blank label is named by its language, so the form shows the message at that input.
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"domain\":\"daily-life\",\"sortOrder\":90,\"labels\":{\"fr\":\"Vélo\",\"fa-AF\":\" \"}}")
                .put("/api/v1/themes/" + code).then().statusCode(400).body("errors.field", contains("labels.fa-AF"));
        // The same version again is stale now.
        as(COORDINATOR).contentType(ContentType.JSON).header("If-Match", tag)
                .body("{\"domain\":\"daily-life\",\"sortOrder\":90,\"labels\":{\"fr\":\"Vélo\"}}")
                .put("/api/v1/themes/" + code).then().statusCode(412);
        as(COORDINATOR).get("/api/v1/themes/no-such-theme").then().statusCode(404);
        as(PARTNER_A).get("/api/v1/themes/" + code).then().statusCode(403);
        as(Personas.ANONYMOUS).get("/api/v1/themes/" + code).then().statusCode(401);
    }

    @Test
    void narrowsTheAuditLogByActionActorAndOrganisation() {
        String slug = uniqueSlug("area-audit");
        String id = Fixtures.createService(slug);
        ObjectNode body = example("updateService", slug);
        body.with("name").put("fr", "Changé par la Cimade");
        as(PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag("/api/v1/services/" + id))
                .body(body.toString()).put("/api/v1/services/" + id).then().statusCode(200);
        String cimade = as(Personas.ANONYMOUS).get("/api/v1/organizations/la-cimade").path("id");

        as(COORDINATOR).queryParam("entityKey", id).queryParam("action", "update")
                .queryParam("actor", PARTNER_A.subject()).queryParam("organization", cimade)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].action", is("update"))
                .body("items[0].actor", is(PARTNER_A.subject()))
                .body("items[0].actorOrganizationId", is(cimade));
        as(COORDINATOR).queryParam("entityKey", id).queryParam("action", "create")
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].actor", is(COORDINATOR.subject()));
        as(COORDINATOR).queryParam("actor", PARTNER_A.subject()).queryParam("size", 100)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.actor", everyItem(is(PARTNER_A.subject())));
        // Every bad filter is named at once.
        as(COORDINATOR).queryParam("action", "erase").queryParam("organization", "la-cimade")
                .get("/api/v1/audit-events").then().statusCode(400)
                .body("errors.field", contains("action", "organization"));
    }

    @Test
    void aMembershipsChangeIsAuditedButNotRevertedHere() {
        String id = as(COORDINATOR).contentType(ContentType.JSON)
                .body("{\"principalKind\":\"client\",\"principal\":\"" + uniqueSlug("area-client")
                        + "\",\"organization\":\"adoma\"}")
                .post("/api/v1/memberships").then().statusCode(201).extract().path("id");
        String event = as(COORDINATOR).queryParam("entityType", "membership").queryParam("entityKey", id)
                .get("/api/v1/audit-events").then().statusCode(200).body("totalItems", is(1))
                .extract().path("items[0].id");
        as(COORDINATOR).post("/api/v1/audit-events/" + event + "/revert").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("not-revertible"));
    }

    @Test
    void findsACaseByItsReference() {
        String reference = as(AGENT).contentType(ContentType.JSON).body(CASE_BODY).post("/api/v1/cases").then()
                .statusCode(201).extract().path("reference");
        as(COORDINATOR).queryParam("reference", " " + reference.toLowerCase() + " ").get("/api/v1/cases").then()
                .statusCode(200).body("totalItems", greaterThan(0))
                .body("items.reference", everyItem(is(reference)))
                .body("items.personName", everyItem(nullValue()));
        as(AGENT).queryParam("reference", reference).get("/api/v1/cases").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].personName", is("Coordinator Area Person Qx"));
        // Another desk may have the same number; it never sees this desk's case.
        as(AGENT_METZ).queryParam("reference", reference).get("/api/v1/cases").then().statusCode(200)
                .body("items.personName", not(hasItem("Coordinator Area Person Qx")));
        as(COORDINATOR).queryParam("reference", "PAS-2026-999999").get("/api/v1/cases").then().statusCode(200)
                .body("totalItems", is(0));
        as(COORDINATOR).queryParam("reference", "DROP TABLE").get("/api/v1/cases").then().statusCode(400)
                .body("errors.field", contains("reference"));
    }

    @Test
    void countsEachOrganisationsActiveServices() {
        List<Integer> counts = as(Personas.ANONYMOUS).queryParam("q", "cimade").get("/api/v1/organizations")
                .then().statusCode(200).extract().path("items.activeServices");
        int listed = as(Personas.ANONYMOUS).get("/api/v1/organizations/la-cimade").then().statusCode(200)
                .extract().path("services.size()");
        int cimade = as(Personas.ANONYMOUS).queryParam("q", "cimade").get("/api/v1/organizations")
                .path("items.find { it.slug == 'la-cimade' }.activeServices");
        assertEquals(listed, cimade);
        assertEquals(true, counts.stream().allMatch(c -> c >= 0));
    }
}
