package org.passerelle.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.support.Fixtures.etag;
import static org.passerelle.support.Fixtures.example;
import static org.passerelle.support.Fixtures.uniqueSlug;
import static org.passerelle.support.Personas.AGENT;
import static org.passerelle.support.Personas.ANONYMOUS;
import static org.passerelle.support.Personas.COORDINATOR;
import static org.passerelle.support.Personas.PARTNER_A;
import static org.passerelle.support.Personas.PARTNER_A_CLIENT;
import static org.passerelle.support.Personas.PARTNER_B;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.passerelle.support.Personas;
import org.passerelle.support.WritesProfile;

/**
 * Every operation of the contract × every persona, with the status each must get (docs/architecture.md §8; OWASP API1
 * and API5). The operations are discovered from the contract, so an endpoint without a row here fails
 * the build. Another organisation's record is a 404, never a 403, and its data never leaks. It runs
 * in-process with tokens signed for the tests, and against the packaged jar with real Keycloak tokens.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
public class RoleMatrixTest {

    /** The access token a persona sends; null for the anonymous one. */
    protected String token(Personas persona) {
        return persona.token();
    }

    private io.restassured.specification.RequestSpecification as(Personas persona) {
        io.restassured.specification.RequestSpecification spec = given().accept(ContentType.JSON);
        String token = token(persona);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    static final List<Personas> ALL = List.of(ANONYMOUS, AGENT, PARTNER_A, PARTNER_B, PARTNER_A_CLIENT, COORDINATOR);
    static final String CIMADE_SERVICE = "matrix-cimade-service";

    /** The request an operation gets from a persona. */
    record Row(Function<Personas, Response> call, Map<Personas, Integer> expected) {
    }

    static Map<Personas, Integer> statuses(int anonymous, int agent, int partnerA, int partnerB, int partnerAClient,
            int coordinator) {
        Map<Personas, Integer> map = new EnumMap<>(Personas.class);
        map.put(ANONYMOUS, anonymous);
        map.put(AGENT, agent);
        map.put(PARTNER_A, partnerA);
        map.put(PARTNER_B, partnerB);
        map.put(PARTNER_A_CLIENT, partnerAClient);
        map.put(COORDINATOR, coordinator);
        return map;
    }

    static final Map<Personas, Integer> PUBLIC = statuses(200, 200, 200, 200, 200, 200);

    static Map<Personas, Integer> coordinatorOnly(int success) {
        return statuses(401, 403, 403, 403, 403, success);
    }

    Map<String, Row> matrix() {
        Map<String, Row> rows = new TreeMap<>();
        rows.put("listServices", new Row(p -> as(p).get("/api/v1/services"), PUBLIC));
        rows.put("getService", new Row(p -> as(p).get("/api/v1/services/" + CIMADE_SERVICE), PUBLIC));
        rows.put("lookupServices", new Row(p -> as(p).contentType(ContentType.JSON).body("{\"ids\":[\"x\"]}")
                .post("/api/v1/services/lookup"), PUBLIC));
        rows.put("listOrganizations", new Row(p -> as(p).get("/api/v1/organizations"), PUBLIC));
        rows.put("getOrganization", new Row(p -> as(p).get("/api/v1/organizations/la-cimade"), PUBLIC));
        rows.put("listInitiatives", new Row(p -> as(p).get("/api/v1/initiatives"), PUBLIC));
        rows.put("getInitiative", new Row(p -> as(p).get("/api/v1/initiatives/anvita"), PUBLIC));
        rows.put("listThemes", new Row(p -> as(p).get("/api/v1/themes"), PUBLIC));
        rows.put("triage", new Row(p -> as(p).contentType(ContentType.JSON).body("{\"needs\":[\"housing\"]}")
                .post("/api/v1/triage"), PUBLIC));
        rows.put("suggestPlaces", new Row(p -> as(p).contentType(ContentType.JSON).body("{\"q\":\"nancy\"}")
                .post("/api/v1/places/suggest"), PUBLIC));

        rows.put("updateService", new Row(p -> as(p).contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/services/" + CIMADE_SERVICE))
                .body(example("updateService", CIMADE_SERVICE).toString())
                .put("/api/v1/services/" + CIMADE_SERVICE), statuses(401, 403, 200, 404, 200, 200)));
        // Issue 14: a translation is a write like the others (its own organisation's services; any for the coordinator).
        rows.put("putServiceTranslation", new Row(p -> as(p).contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/services/" + CIMADE_SERVICE))
                .body("{\"name\":\"Юридична консультація (Ліон)\",\"description\":null}")
                .put("/api/v1/services/" + CIMADE_SERVICE + "/translations/uk"), statuses(401, 403, 200, 404, 200, 200)));
        // Issue 18: the partner's editing screen reads the service as maintained, and writes its hours at a place.
        rows.put("getMaintainedService", new Row(p -> as(p).get("/api/v1/services/" + CIMADE_SERVICE + "/maintained"),
                statuses(401, 403, 200, 404, 200, 200)));
        rows.put("putServiceSchedule", new Row(p -> as(p).contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/services/" + CIMADE_SERVICE))
                .body("{\"slots\":[{\"weekday\":\"TU\",\"opensAt\":\"14:00\",\"closesAt\":\"17:00\"}],"
                        + "\"closures\":[]}")
                .put("/api/v1/services/" + CIMADE_SERVICE + "/locations/guichet-unique-nancy-exemple/schedule"),
                statuses(401, 403, 200, 404, 200, 200)));
        rows.put("createService", new Row(p -> as(p).contentType(ContentType.JSON)
                .body(example("createService", uniqueSlug("matrix")).toString())
                .post("/api/v1/organizations/la-cimade/services"), statuses(401, 403, 201, 404, 201, 201)));

        rows.put("createOrganization", new Row(p -> as(p).contentType(ContentType.JSON)
                .body(example("createOrganization", uniqueSlug("matrix-org")).toString())
                .post("/api/v1/organizations"), coordinatorOnly(201)));
        rows.put("updateOrganization", new Row(p -> as(p).contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/organizations/matrix-organization"))
                .body(example("updateOrganization", "matrix-organization").toString())
                .put("/api/v1/organizations/matrix-organization"), coordinatorOnly(200)));
        rows.put("createInitiative", new Row(p -> as(p).contentType(ContentType.JSON)
                .body(example("createInitiative", uniqueSlug("matrix-initiative")).toString())
                .post("/api/v1/initiatives"), coordinatorOnly(201)));
        rows.put("updateInitiative", new Row(p -> as(p).contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/initiatives/matrix-initiative"))
                .body(example("updateInitiative", "matrix-initiative").toString())
                .put("/api/v1/initiatives/matrix-initiative"), coordinatorOnly(200)));
        rows.put("getTheme", new Row(p -> as(p).get("/api/v1/themes/housing"), coordinatorOnly(200)));
        rows.put("getMaintainedOrganization", new Row(p -> as(p).get("/api/v1/organizations/la-cimade/maintained"),
                coordinatorOnly(200)));
        rows.put("listLocations", new Row(p -> as(p).get("/api/v1/locations"), PUBLIC));
        rows.put("putTheme", new Row(p -> as(p).contentType(ContentType.JSON)
                .header("If-Match", "\"" + themeVersion() + "\"")
                .body("{\"domain\":\"daily-life\",\"sortOrder\":99,\"labels\":{\"fr\":\"Test\",\"en\":\"Test\"}}")
                .put("/api/v1/themes/matrix-theme"), coordinatorOnly(200)));

        rows.put("getMe", new Row(p -> as(p).get("/api/v1/me"), statuses(401, 200, 200, 200, 200, 200)));
        rows.put("listMemberships", new Row(p -> as(p).get("/api/v1/memberships"), coordinatorOnly(200)));
        rows.put("createMembership", new Row(p -> as(p).contentType(ContentType.JSON)
                .body("{\"principalKind\":\"user\",\"principal\":\"" + uniqueSlug("someone") + "\","
                        + "\"organization\":\"adoma\"}")
                .post("/api/v1/memberships"), coordinatorOnly(201)));
        rows.put("deleteMembership", new Row(p -> as(p).delete("/api/v1/memberships/" + newMembership()),
                coordinatorOnly(204)));
        rows.put("listAuditEvents", new Row(p -> as(p).get("/api/v1/audit-events"), coordinatorOnly(200)));
        rows.put("revertAuditEvent", new Row(p -> as(p).post("/api/v1/audit-events/" + latestEventOfNewService()
                + "/revert"), coordinatorOnly(200)));

        // Referral cases: the Nancy desk's agent opens and refers; La Cimade receives; Adoma never sees it.
        Map<Personas, Integer> deskOnly = statuses(401, 200, 403, 403, 403, 403);
        rows.put("openCase", new Row(p -> as(p).contentType(ContentType.JSON).body(CASE_BODY).post("/api/v1/cases"),
                statuses(401, 201, 403, 403, 403, 403)));
        rows.put("listCases", new Row(p -> as(p).get("/api/v1/cases"), statuses(401, 200, 403, 403, 403, 200)));
        rows.put("getCase", new Row(p -> as(p).get("/api/v1/cases/" + matrixCase), statuses(401, 200, 403, 403, 403, 200)));
        rows.put("amendConsent", new Row(p -> as(p).contentType(ContentType.JSON)
                .header("If-Match", "\"" + caseVersion(matrixCase) + "\"")
                .body("{\"organizations\":[\"france-terre-d-asile\"],\"textVersion\":\"2026-12\",\"textLang\":\"fr\"}")
                .post("/api/v1/cases/" + matrixCase + "/consent-amendments"), deskOnly));
        rows.put("createReferral", new Row(p -> as(p).contentType(ContentType.JSON)
                .body("{\"service\":\"cimade-permanences-juridiques\"}")
                .post("/api/v1/cases/" + matrixCase + "/referrals"), statuses(401, 201, 403, 403, 403, 403)));
        rows.put("listCaseNotes", new Row(p -> as(p).get("/api/v1/cases/" + matrixCase + "/notes"), deskOnly));
        rows.put("addCaseNote", new Row(p -> as(p).contentType(ContentType.JSON).body("{\"body\":\"Called back.\"}")
                .post("/api/v1/cases/" + matrixCase + "/notes"), statuses(401, 201, 403, 403, 403, 403)));
        rows.put("getCaseTimeline", new Row(p -> as(p).get("/api/v1/cases/" + matrixCase + "/timeline"), deskOnly));
        // Issue 16: the consent receipt, an HTML page the desk prints for the person.
        rows.put("getConsentReceipt", new Row(p -> as(p).accept(ContentType.HTML)
                .get("/api/v1/cases/" + matrixCase + "/consent-receipt"), deskOnly));
        // Issue 17: the referral slips, the case's (the desk's) and the public ones (anyone, no case).
        rows.put("getReferralSlips", new Row(p -> as(p).accept(ContentType.HTML)
                .get("/api/v1/cases/" + matrixCase + "/referral-slips"), deskOnly));
        rows.put("printServiceSlips", new Row(p -> as(p).accept(ContentType.HTML)
                .get("/api/v1/referral-slips?service=" + CIMADE_SERVICE + "&lang=ar"), PUBLIC));
        rows.put("listReferrals", new Row(p -> as(p).get("/api/v1/referrals"), statuses(401, 200, 200, 200, 200, 403)));
        rows.put("getReferral", new Row(p -> as(p).get("/api/v1/referrals/" + matrixReferral),
                statuses(401, 200, 200, 404, 200, 200)));
        rows.put("moveReferral", new Row(p -> {
            String id = sentReferral();
            return as(p).contentType(ContentType.JSON).header("If-Match", "\"" + referralVersion(id) + "\"")
                    .post("/api/v1/referrals/" + id + "/accept");
        }, statuses(401, 409, 200, 404, 200, 403)));
        rows.put("listReferralNotes", new Row(p -> as(p).get("/api/v1/referrals/" + matrixReferral + "/notes"),
                statuses(401, 200, 200, 404, 200, 403)));
        rows.put("addReferralNote", new Row(p -> as(p).contentType(ContentType.JSON).body("{\"body\":\"Slot on Tuesday.\"}")
                .post("/api/v1/referrals/" + matrixReferral + "/notes"), statuses(401, 201, 201, 404, 201, 403)));
        // Issue 16: withdrawal (the desk), export (the desk or a coordinator), erasure (a coordinator), each on a
        // case of its own where it changes one; the retention policy (staff read, a coordinator sets).
        rows.put("withdrawConsent", new Row(p -> as(p).contentType(ContentType.JSON)
                .post("/api/v1/cases/" + newCase() + "/consent/withdraw"), deskOnly));
        rows.put("exportCase", new Row(p -> as(p).get("/api/v1/cases/" + matrixCase + "/export"),
                statuses(401, 200, 403, 403, 403, 200)));
        rows.put("eraseCase", new Row(p -> {
            String id = newCase();
            return as(p).header("If-Match", "\"" + caseVersion(id) + "\"").delete("/api/v1/cases/" + id);
        }, coordinatorOnly(204)));
        rows.put("getRetentionPolicy", new Row(p -> as(p).get("/api/v1/retention-policy"),
                statuses(401, 200, 403, 403, 403, 200)));
        rows.put("putRetentionPolicy", new Row(p -> as(p).contentType(ContentType.JSON)
                .header("If-Match", as(COORDINATOR).get("/api/v1/retention-policy").header("ETag"))
                .body("{\"caseMonths\":24}").put("/api/v1/retention-policy"), coordinatorOnly(200)));
        rows.put("listConsentTexts", new Row(p -> as(p).get("/api/v1/consent-texts"), PUBLIC));
        rows.put("listReferralCodes", new Row(p -> as(p).get("/api/v1/referral-codes"), PUBLIC));
        rows.put("listAccessJournal", new Row(p -> as(p).queryParam("case", matrixCase).get("/api/v1/access-journal"),
                coordinatorOnly(200)));
        // Signed links (decision 0018): the token is the credential, whoever sends it; a role or a bearer token
        // opens nothing more. ReferralLinksTest reads real tokens from the mail.
        Map<Personas, Integer> noSuchLink = statuses(404, 404, 404, 404, 404, 404);
        rows.put("getReferralLink", new Row(p -> as(p).get("/api/v1/referral-links/" + FORGED_LINK), noSuchLink));
        rows.put("actOnReferralLink", new Row(p -> as(p).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/referral-links/" + FORGED_LINK + "/accept"), noSuchLink));
        // A desk's notification address: the coordinator's (the Metz desk, so the Nancy desk's mail tests keep theirs).
        rows.put("getDeskSettings", new Row(p -> as(p).get("/api/v1/desks/guichet-unique-metz/settings"),
                coordinatorOnly(200)));
        rows.put("putDeskSettings", new Row(p -> as(p).contentType(ContentType.JSON)
                .header("If-Match", as(COORDINATOR).get("/api/v1/desks/guichet-unique-metz/settings").header("ETag"))
                .body("{\"notificationEmail\":\"accueil-metz@ville.example\"}")
                .put("/api/v1/desks/guichet-unique-metz/settings"), coordinatorOnly(200)));
        return rows;
    }

    @Test
    void shouldGiveEveryPersonaTheExpectedStatusOnEveryOperation() throws IOException {
        prepare();
        Map<String, Row> rows = matrix();
        JsonNode contract = new ObjectMapper().readTree(given().accept("application/json")
                .get("/q/openapi?format=json").asString());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            for (Iterator<Map.Entry<String, JsonNode>> ops = paths.next().getValue().fields(); ops.hasNext();) {
                JsonNode operation = ops.next().getValue();
                String id = operation.path("operationId").asText();
                Row row = rows.remove(id);
                if (row == null) {
                    failures.add(id + ": no row in the role matrix");
                    continue;
                }
                List<String> allowed = new ArrayList<>();
                operation.path("x-roles").forEach(r -> allowed.add(r.asText()));
                for (Personas persona : ALL) {
                    Response response = row.call().apply(persona);
                    checked++;
                    int expected = row.expected().get(persona);
                    if (response.statusCode() != expected) {
                        failures.add(id + " as " + persona + ": " + response.statusCode() + " instead of " + expected
                                + " " + response.asString());
                    }
                    if (response.statusCode() == 404) {
                        assertFalse(response.asString().contains("Permanence juridique (Lyon)"),
                                "a 404 must not carry the record's data");
                    }
                    if (!allowed.isEmpty() && expected < 300 && persona != ANONYMOUS
                            && !allowed.contains("authenticated")) {
                        assertTrue(allowed.stream().anyMatch(persona::hasRole),
                                id + ": x-roles " + allowed + " does not allow " + persona);
                    }
                }
            }
        }
        assertEquals(List.of(), rows.keySet().stream().toList(), "rows for operations the contract lacks");
        assertEquals(List.of(), failures);
        assertTrue(checked >= 38 * ALL.size());
    }

    /** Shaped like a link token, signed with no key of ours. */
    static final String FORGED_LINK = "AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.c2lnbmF0dXJlLW9mLW5vYm9keS1hdC1hbGwtMzItYnl0ZXM";

    static final String CASE_BODY = "{\"person\":{\"name\":\"Matrix A\",\"languages\":[\"ar\"]},"
            + "\"needs\":[\"rights\"],\"consent\":{\"organizations\":[\"la-cimade\",\"adoma\"],"
            + "\"fields\":[\"name\"],\"textVersion\":\"2026-12\",\"textLang\":\"ar\"}}";
    private String matrixCase;
    private String matrixReferral;

    private int caseVersion(String id) {
        return Integer.parseInt(as(AGENT).get("/api/v1/cases/" + id).header("ETag").replace("\"", ""));
    }

    private int referralVersion(String id) {
        return Integer.parseInt(as(AGENT).get("/api/v1/referrals/" + id).header("ETag").replace("\"", ""));
    }

    /** A case of its own, for a row that withdraws or erases. */
    private String newCase() {
        return as(AGENT).contentType(ContentType.JSON).body(CASE_BODY).post("/api/v1/cases").then().statusCode(201)
                .extract().path("id");
    }

    /** A referral of the matrix case to La Cimade, sent. */
    private String sentReferral() {
        return as(AGENT).contentType(ContentType.JSON)
                .body("{\"service\":\"cimade-permanences-juridiques\",\"send\":true}")
                .post("/api/v1/cases/" + matrixCase + "/referrals").then().statusCode(201).extract().path("id");
    }

    /** The records the rows act on, created once by the coordinator (and a case by the desk's agent). */
    private void prepare() {
        if (matrixCase == null) {
            matrixCase = as(AGENT).contentType(ContentType.JSON).body(CASE_BODY).post("/api/v1/cases").then()
                    .statusCode(201).extract().path("id");
            matrixReferral = sentReferral();
        }
        if (as(COORDINATOR).get("/api/v1/services/" + CIMADE_SERVICE).statusCode() == 404) {
            createService(CIMADE_SERVICE);
            as(COORDINATOR).contentType(ContentType.JSON)
                    .body(example("createOrganization", "matrix-organization").toString())
                    .post("/api/v1/organizations").then().statusCode(201);
            as(COORDINATOR).contentType(ContentType.JSON)
                    .body(example("createInitiative", "matrix-initiative").toString())
                    .post("/api/v1/initiatives").then().statusCode(201);
        }
    }

    private String createService(String slug) {
        return as(COORDINATOR).contentType(ContentType.JSON).body(example("createService", slug).toString())
                .post("/api/v1/organizations/la-cimade/services").then().statusCode(201).extract().path("id");
    }

    private int themeVersion() {
        Response response = as(COORDINATOR).contentType(ContentType.JSON)
                .body("{\"domain\":\"daily-life\",\"sortOrder\":99,\"labels\":{\"fr\":\"Test\",\"en\":\"Test\"}}")
                .put("/api/v1/themes/matrix-theme");
        String tag = response.header("ETag");
        return tag == null ? 0 : Integer.parseInt(tag.replace("\"", ""));
    }

    private String newMembership() {
        return as(COORDINATOR).contentType(ContentType.JSON)
                .body("{\"principalKind\":\"client\",\"principal\":\"" + uniqueSlug("client") + "\","
                        + "\"organization\":\"adoma\"}")
                .post("/api/v1/memberships").then().statusCode(201).extract().path("id");
    }

    private String latestEventOfNewService() {
        String id = createService(uniqueSlug("revert-me"));
        return as(COORDINATOR).queryParam("entityKey", id).get("/api/v1/audit-events").then().statusCode(200)
                .extract().path("items[0].id");
    }
}
