package org.passerelle.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.passerelle.support.Api;
import org.passerelle.support.Personas;
import org.passerelle.support.WritesProfile;

/**
 * The closed loop through the API: an agent opens a case under consent and refers to two partners, each
 * answers through its inbox, the desk sees the outcome; every illegal move, wrong role, foreign record,
 * the status firewall, concurrency, idempotency and the access journal. Test persons are fictional.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ReferralLoopTest {

    static final String CIMADE = "cimade-permanences-juridiques";
    static final String ADOMA = "adoma-logement-accompagne";
    /** The status is one of its conditions: asylum seekers only. */
    static final String FTDA_CADA = "ftda-cada";

    static {
        Api.configure();
    }

    @Inject
    Referrals referrals;
    @Inject
    ReferralRepository repository;

    static RequestSpecification as(Personas p) {
        return given().accept(ContentType.JSON).auth().oauth2(p.token());
    }

    static String caseBody(String name, String status, String orgs, String fields) {
        return "{\"person\":{\"name\":\"" + name + "\",\"languages\":[\"ar\"],\"contactChannel\":\"phone\","
                + "\"birthYear\":1999" + (status == null ? "" : ",\"status\":\"" + status + "\"") + "},"
                + "\"needs\":[\"rights\",\"housing\"],\"consent\":{\"organizations\":[" + orgs + "],"
                + "\"fields\":[" + fields + "],\"textVersion\":\"2026-12\",\"textLang\":\"ar\"}}";
    }

    static String openCase(String body) {
        return as(Personas.AGENT).contentType(ContentType.JSON).body(body).post("/api/v1/cases").then().statusCode(201)
                .header("Cache-Control", "no-store").extract().path("id");
    }

    static String refer(String caseId, String service, boolean send) {
        return as(Personas.AGENT).contentType(ContentType.JSON)
                .body("{\"service\":\"" + service + "\",\"need\":\"rights\",\"note\":\"Test note zq7\",\"send\":" + send + "}")
                .post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(201).extract().path("id");
    }

    static String etag(Personas p, String referral) {
        return as(p).get("/api/v1/referrals/" + referral).then().statusCode(200).extract().header("ETag");
    }

    static Response command(Personas p, String referral, String command, String body) {
        RequestSpecification spec = as(p).contentType(ContentType.JSON).header("If-Match", etag(p, referral));
        return (body == null ? spec : spec.body(body)).post("/api/v1/referrals/" + referral + "/" + command);
    }

    @Test
    void shouldCloseTheLoopWithAnAgentAndTwoPartners() {
        String caseId = openCase(caseBody("Loop Person Kq", "asylum-seeker", "\"la-cimade\",\"adoma\"",
                "\"name\",\"contactChannel\",\"birthYear\""));
        as(Personas.AGENT).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("reference", matchesPattern("PAS-20\\d\\d-\\d{6}")).body("person.name", is("Loop Person Kq"))
                .body("desk.slug", is("guichet-unique-nancy"));
        String toCimade = refer(caseId, CIMADE, true);
        String toAdoma = refer(caseId, ADOMA, true);

        // La Cimade sees it in its inbox, with what it needs to decide and no person yet.
        List<String> inbox = as(Personas.PARTNER_A).queryParam("status", "sent").queryParam("size", 100)
                .get("/api/v1/referrals").then().statusCode(200).extract().path("items.id");
        assertTrue(inbox.contains(toCimade));
        assertFalse(inbox.contains(toAdoma), "another organisation's referral in La Cimade's inbox");
        as(Personas.PARTNER_A).get("/api/v1/referrals/" + toCimade).then().statusCode(200)
                .body("person", nullValue()).body("languages", hasItem("ar")).body("note", is("Test note zq7"))
                .body("allowed", is(List.of("accept", "decline")));

        command(Personas.PARTNER_A, toCimade, "accept", null).then().statusCode(200).body("status", is("accepted"))
                .body("person.name", is("Loop Person Kq")).body("person.contactChannel", is("phone"))
                .body("person.birthYear", is(1999)).body("person.status", nullValue());
        command(Personas.PARTNER_A_CLIENT, toCimade, "start", null).then().statusCode(200).body("status", is("in-progress"));
        command(Personas.PARTNER_A, toCimade, "complete", "{\"reason\":\"got-help\",\"note\":\"Seen twice.\"}")
                .then().statusCode(200).body("status", is("completed")).body("reason", is("got-help"));

        // Adoma declines for lack of capacity: the service's signal shows it.
        command(Personas.PARTNER_B, toAdoma, "decline", "{\"reason\":\"no-capacity\"}").then().statusCode(200)
                .body("status", is("declined"));
        Number signal = given().get("/api/v1/services/" + ADOMA).then().statusCode(200).extract()
                .path("recentCapacityDeclines");
        assertTrue(signal != null && signal.doubleValue() >= 0.9, "capacity signal " + signal);

        // The desk sees both outcomes and the timeline.
        as(Personas.AGENT).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("referrals.find { it.id == '" + toCimade + "' }.status", is("completed"))
                .body("referrals.find { it.id == '" + toAdoma + "' }.status", is("declined"))
                .body("referrals.find { it.id == '" + toAdoma + "' }.reason", is("no-capacity"));
        List<String> actions = as(Personas.AGENT).get("/api/v1/cases/" + caseId + "/timeline").then().statusCode(200)
                .extract().path("action");
        assertTrue(actions.containsAll(List.of("case-opened", "referral-created", "referral-sent", "referral-accepted",
                "referral-in-progress", "referral-completed", "referral-declined")), actions.toString());
        // The completion's note is shared between the desk and the partner.
        as(Personas.AGENT).get("/api/v1/referrals/" + toCimade + "/notes").then().statusCode(200)
                .body("body", hasItem("Seen twice."));
    }

    @Test
    void shouldRefuseEveryIllegalMoveNamingTheStateAndTheAllowedCommands() {
        String caseId = openCase(caseBody("Illegal Moves Pw", null, "\"la-cimade\"", "\"name\""));
        String draft = refer(caseId, CIMADE, false);
        // A draft is the desk's: the partner does not even see it.
        as(Personas.PARTNER_A).get("/api/v1/referrals/" + draft).then().statusCode(404);
        command(Personas.AGENT, draft, "accept", null).then().statusCode(409)
                .contentType(Api.PROBLEM_JSON).body("errors.find { it.field == 'status' }.message", is("draft"))
                .body("errors.find { it.field == 'allowed' }.message", is("send,cancel"));
        command(Personas.AGENT, draft, "send", null).then().statusCode(200).body("status", is("sent"));
        command(Personas.AGENT, draft, "send", null).then().statusCode(409);
        command(Personas.AGENT, draft, "complete", "{\"reason\":\"got-help\"}").then().statusCode(409);
        command(Personas.PARTNER_A, draft, "start", null).then().statusCode(409)
                .body("errors.find { it.field == 'allowed' }.message", is("accept,decline"));
        command(Personas.PARTNER_A, draft, "decline", null).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        command(Personas.PARTNER_A, draft, "decline", "{\"reason\":\"not-a-code\"}").then().statusCode(400);
        // No If-Match: 428; a stale one: 412.
        as(Personas.PARTNER_A).contentType(ContentType.JSON).post("/api/v1/referrals/" + draft + "/accept").then()
                .statusCode(428);
        as(Personas.PARTNER_A).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .post("/api/v1/referrals/" + draft + "/accept").then().statusCode(412);
        command(Personas.PARTNER_A, draft, "decline", "{\"reason\":\"no-capacity\"}").then().statusCode(200);
        // Declined is final: nothing moves it, the desk re-refers with a new referral linked to it.
        command(Personas.PARTNER_A, draft, "accept", null).then().statusCode(409)
                .body("errors.find { it.field == 'allowed' }.message", is(""));
        command(Personas.AGENT, draft, "cancel", "{\"reason\":\"other\"}").then().statusCode(409);
        String again = as(Personas.AGENT).contentType(ContentType.JSON)
                .body("{\"service\":\"" + CIMADE + "\",\"previous\":\"" + draft + "\",\"send\":true}")
                .post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(201).extract().path("id");
        as(Personas.AGENT).get("/api/v1/referrals/" + again).then().body("previous", is(draft));
        // An unknown command is no command.
        as(Personas.AGENT).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .post("/api/v1/referrals/" + again + "/expire").then().statusCode(404);
    }

    @Test
    void shouldKeepEveryCaseReferralAndNoteOfOneOrganisationFromAnother() {
        String caseId = openCase(caseBody("Bola Person Tx", "refugee", "\"la-cimade\",\"adoma\"", "\"name\""));
        String toCimade = refer(caseId, CIMADE, true);
        as(Personas.AGENT).contentType(ContentType.JSON).body("{\"body\":\"Desk only note vb3\"}")
                .post("/api/v1/cases/" + caseId + "/notes").then().statusCode(201);
        as(Personas.PARTNER_A).contentType(ContentType.JSON).body("{\"body\":\"Shared note hy8\"}")
                .post("/api/v1/referrals/" + toCimade + "/notes").then().statusCode(201);

        // Adoma (user and list) and the second desk: as if nothing existed.
        for (String path : List.of("/api/v1/referrals/" + toCimade, "/api/v1/referrals/" + toCimade + "/notes")) {
            Response r = as(Personas.PARTNER_B).get(path);
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.asString().contains("Bola Person") || r.asString().contains("hy8"), r.asString());
        }
        as(Personas.PARTNER_B).contentType(ContentType.JSON).body("{\"body\":\"x\"}")
                .post("/api/v1/referrals/" + toCimade + "/notes").then().statusCode(404);
        as(Personas.PARTNER_B).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .post("/api/v1/referrals/" + toCimade + "/accept").then().statusCode(404);
        String adomaInbox = as(Personas.PARTNER_B).queryParam("size", 100).get("/api/v1/referrals").then()
                .statusCode(200).extract().asString();
        assertFalse(adomaInbox.contains(toCimade) || adomaInbox.contains("Bola Person"), adomaInbox);
        as(Personas.PARTNER_B).queryParam("service", given().get("/api/v1/services/" + CIMADE).path("id").toString())
                .get("/api/v1/referrals").then().statusCode(200).body("totalItems", is(0));

        for (String path : List.of("/api/v1/cases/" + caseId, "/api/v1/cases/" + caseId + "/notes",
                "/api/v1/cases/" + caseId + "/timeline", "/api/v1/referrals/" + toCimade)) {
            Response r = as(Personas.AGENT_METZ).get(path);
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.asString().contains("Bola Person"), r.asString());
        }
        String metzCases = as(Personas.AGENT_METZ).queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
                .extract().asString();
        assertFalse(metzCases.contains(caseId), "the second desk lists the first desk's case");
        as(Personas.AGENT_METZ).contentType(ContentType.JSON).body("{\"service\":\"" + CIMADE + "\"}")
                .post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(404);

        // Partners never read cases, and never the desk's case notes.
        as(Personas.PARTNER_A).get("/api/v1/cases/" + caseId).then().statusCode(403);
        as(Personas.PARTNER_A).get("/api/v1/cases/" + caseId + "/notes").then().statusCode(403);
        String shared = as(Personas.PARTNER_A).get("/api/v1/referrals/" + toCimade + "/notes").then().statusCode(200)
                .extract().asString();
        assertFalse(shared.contains("vb3"), "a case note reached the partner");

        // A coordinator reads metadata, not the person; the person only for a GDPR request.
        as(Personas.COORDINATOR).get("/api/v1/cases/" + caseId).then().statusCode(200).body("person", nullValue())
                .body("referrals[0].note", nullValue());
        as(Personas.COORDINATOR).queryParam("purpose", "gdpr-request").get("/api/v1/cases/" + caseId).then()
                .statusCode(200).body("person.name", is("Bola Person Tx"));
        String journal = as(Personas.COORDINATOR).queryParam("case", caseId).queryParam("size", 100)
                .get("/api/v1/access-journal").then().statusCode(200).header("Cache-Control", "no-store")
                .extract().asString();
        List<String> actions = io.restassured.path.json.JsonPath.from(journal).getList("items.action");
        // Every access, refused ones included (Adoma's and the second desk's probes), and no content.
        assertTrue(actions.containsAll(List.of("case-create", "referral-create", "case-note-create",
                "referral-note-create", "referral-notes-read", "case-read", "case-read-gdpr", "denied")), actions.toString());
        List<String> deniedTo = io.restassured.path.json.JsonPath.from(journal)
                .getList("items.findAll { it.action == 'denied' }.principal");
        assertTrue(deniedTo.contains(Personas.PARTNER_B.subject()) && deniedTo.contains(Personas.AGENT_METZ.subject()),
                deniedTo.toString());
        for (String content : List.of("Bola Person", "vb3", "hy8", "Test note")) {
            assertFalse(journal.contains(content), "the journal holds content: " + content);
        }
    }

    @Test
    void shouldNeverLetTheStatusReachAPartnerThatDoesNotNeedIt() {
        // The person gave a status and consented to share it, but La Cimade's service does not use it.
        String caseId = openCase(caseBody("Firewall Person Mn", "asylum-seeker", "\"la-cimade\",\"france-terre-d-asile\"",
                "\"name\",\"status\""));
        String toCimade = refer(caseId, CIMADE, true);
        String before = as(Personas.PARTNER_A).get("/api/v1/referrals/" + toCimade).asString();
        String after = command(Personas.PARTNER_A, toCimade, "accept", null).then().statusCode(200).extract().asString();
        for (String body : List.of(before, after, as(Personas.PARTNER_A).queryParam("size", 100).get("/api/v1/referrals")
                .asString(), as(Personas.PARTNER_A).accept("application/fhir+json").get("/api/v1/referrals/" + toCimade)
                .asString())) {
            assertFalse(body.contains("asylum-seeker"), "the status reached the partner: " + body);
        }
        assertTrue(after.contains("Firewall Person Mn"), "the consented name is shared after acceptance");
        // Editing the service's eligibility after sending widens nothing: the shared fields were frozen.
        QuarkusTransaction.requiringNew().run(() -> repository.findByIdOptional(UUID.fromString(toCimade))
                .ifPresent(r -> assertFalse(r.statusShared)));

        // A service that uses the status: shared when given and consented...
        String toCada = refer(caseId, FTDA_CADA, true);
        assertTrue(as(Personas.COORDINATOR).get("/api/v1/referrals/" + toCada).statusCode() == 200);
        QuarkusTransaction.requiringNew().run(() -> assertTrue(repository.findById(UUID.fromString(toCada)).statusShared));
        // ...but never for "prefer not to say".
        String silent = openCase(caseBody("Silent Person Rr", "prefer-not-to-say", "\"france-terre-d-asile\"",
                "\"name\",\"status\""));
        String toCada2 = refer(silent, FTDA_CADA, true);
        QuarkusTransaction.requiringNew().run(() -> assertFalse(repository.findById(UUID.fromString(toCada2)).statusShared));
        String facts = as(Personas.COORDINATOR).get("/api/v1/referrals/" + toCada2).asString();
        assertFalse(facts.contains("prefer-not-to-say"), facts);
    }

    @Test
    void shouldAskForAnAmendmentBeforeReferringOutsideTheConsent() {
        String caseId = openCase(caseBody("Scope Person Lk", null, "\"la-cimade\"", "\"name\""));
        as(Personas.AGENT).contentType(ContentType.JSON).body("{\"service\":\"" + ADOMA + "\"}")
                .post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("amendment"));
        String etag = as(Personas.AGENT).get("/api/v1/cases/" + caseId).header("ETag");
        as(Personas.AGENT).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"organizations\":[\"adoma\"],\"textVersion\":\"2026-12\",\"textLang\":\"fr\"}")
                .post("/api/v1/cases/" + caseId + "/consent-amendments").then().statusCode(200)
                .body("consent.records.kind", is(List.of("initial", "amendment")));
        refer(caseId, ADOMA, true);
        // No case without consent, and consent names a text that exists.
        as(Personas.AGENT).contentType(ContentType.JSON)
                .body("{\"person\":{\"name\":\"No Consent\"},\"needs\":[\"rights\"]}").post("/api/v1/cases").then()
                .statusCode(400).body("errors.field", hasItem("consent"));
        as(Personas.AGENT).contentType(ContentType.JSON).body(caseBody("Bad Text", null, "\"la-cimade\"", "")
                .replace("\"2026-12\"", "\"1999-01\"")).post("/api/v1/cases").then().statusCode(400)
                .body("errors.field", hasItem("consent.textVersion"));
    }

    @Test
    void shouldLetExactlyOneOfTwoConcurrentAnswersWin() throws Exception {
        String caseId = openCase(caseBody("Race Person Dd", null, "\"la-cimade\"", "\"name\""));
        for (int round = 0; round < 3; round++) {
            String referral = refer(caseId, CIMADE, true);
            String tag = etag(Personas.PARTNER_A, referral);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<Integer>> calls = List.of(
                    () -> as(Personas.PARTNER_A).contentType(ContentType.JSON).header("If-Match", tag)
                            .post("/api/v1/referrals/" + referral + "/accept").statusCode(),
                    () -> as(Personas.PARTNER_A_CLIENT).contentType(ContentType.JSON).header("If-Match", tag)
                            .body("{\"reason\":\"no-capacity\"}").post("/api/v1/referrals/" + referral + "/decline")
                            .statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 412), statuses.toString());
        }
    }

    @Test
    void shouldReplayACreateWithTheSameIdempotencyKeyAndRefuseAnotherBody() {
        String key = UUID.randomUUID().toString();
        String body = caseBody("Replay Person Fg", null, "\"la-cimade\"", "\"name\"");
        String first = as(Personas.AGENT).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        String second = as(Personas.AGENT).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        assertEquals(first, second);
        as(Personas.AGENT).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body.replace("Replay Person Fg", "Other Person")).post("/api/v1/cases").then().statusCode(422);
    }

    @Test
    void shouldServeAFhirTaskWithAPseudonymousSubject() {
        String caseId = openCase(caseBody("Fhir Person Jj", null, "\"la-cimade\"", "\"name\""));
        String referral = refer(caseId, CIMADE, true);
        String task = as(Personas.PARTNER_A).accept("application/fhir+json").get("/api/v1/referrals/" + referral)
                .then().statusCode(200).contentType("application/fhir+json").body("resourceType", is("Task"))
                .body("status", is("requested")).body("intent", is("order"))
                .body("for.identifier.value", is(caseId)).extract().asString();
        assertFalse(task.contains("Fhir Person"), task);
        command(Personas.PARTNER_A, referral, "accept", null).then().statusCode(200);
        command(Personas.PARTNER_A, referral, "no-show", null).then().statusCode(200);
        as(Personas.AGENT).accept("application/fhir+json").get("/api/v1/referrals/" + referral).then()
                .body("status", is("failed")).body("businessStatus.text", is("no-show"));
    }

    @Test
    void shouldExpireAReferralLeftUnansweredOnceAndOnlyOnce() {
        String caseId = openCase(caseBody("Expiry Person Nn", null, "\"la-cimade\"", "\"name\""));
        String referral = refer(caseId, CIMADE, true);
        QuarkusTransaction.requiringNew().run(() -> repository.update("sentAt = ?1 where id = ?2",
                Instant.now().minus(Duration.ofDays(31)), UUID.fromString(referral)));
        int first = QuarkusTransaction.requiringNew().call(() -> referrals.expireOverdue(Instant.now()));
        int second = QuarkusTransaction.requiringNew().call(() -> referrals.expireOverdue(Instant.now()));
        assertTrue(first >= 1, "expired " + first);
        assertEquals(0, second);
        as(Personas.PARTNER_A).get("/api/v1/referrals/" + referral).then().body("status", is("expired"))
                .body("allowed", is(List.of()));
    }

    @Test
    void shouldPublishConsentTextsInEveryKioskLanguageAndTheCodes() {
        List<String> langs = given().queryParam("version", "2026-12").get("/api/v1/consent-texts").then()
                .statusCode(200).extract().path("lang");
        assertTrue(langs.containsAll(List.of("fr", "en", "ar", "fa-AF", "ps", "ti", "uk", "ru")), langs.toString());
        given().get("/api/v1/referral-codes").then().statusCode(200)
                .body("declineReasons.code", hasItem("no-capacity")).body("outcomes.code", hasItem("got-help"))
                .body("cancelReasons.code", hasItem("consent-withdrawn"))
                .body("declineReasons.find { it.code == 'no-capacity' }.labels.fr", notNullValue());
        given().queryParam("lang", "x y").get("/api/v1/consent-texts").then().statusCode(400);
        as(Personas.AGENT).get("/api/v1/cases/not-a-uuid").then().statusCode(404).header("Cache-Control", "no-store")
                .body("detail", not(org.hamcrest.Matchers.containsString("Exception")));
    }
}
