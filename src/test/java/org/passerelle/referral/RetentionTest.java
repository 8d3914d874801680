package org.passerelle.referral;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.referral.ReferralLoopTest.CIMADE;
import static org.passerelle.referral.ReferralLoopTest.as;
import static org.passerelle.referral.ReferralLoopTest.caseBody;
import static org.passerelle.referral.ReferralLoopTest.command;
import static org.passerelle.referral.ReferralLoopTest.openCase;
import static org.passerelle.referral.ReferralLoopTest.refer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.passerelle.common.idempotency.IdempotentCreates;
import org.passerelle.support.Api;
import org.passerelle.support.Personas;

/**
 * The retention job on a fixed clock (rule 4, decision 0019): a case is anonymised 24 months after its last
 * contact and not a day before; neither a read nor a system expiry postpones it; the access journal is kept
 * 12 months; the delay is a coordinator's, within 6 to 24 months. The cases are dated in the past, so a run
 * at a past instant touches only them, whatever else the shared test database holds.
 */
@QuarkusTest
@TestProfile(RightsProfile.class)
class RetentionTest {

    static final ZoneId CITY = ZoneId.of("Europe/Paris");

    static {
        Api.configure();
    }

    @Inject
    RetentionJob job;
    @Inject
    Referrals referrals;
    @Inject
    ReferralCaseRepository cases;
    @Inject
    IdempotentCreates idempotentCreates;
    @Inject
    EntityManager entityManager;

    static Instant monthsAfter(Instant t, int months, int days) {
        return t.atZone(CITY).plusMonths(months).plusDays(days).toInstant();
    }

    void lastContact(String caseId, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> cases.update("lastContactAt = ?1 where id = ?2", at,
                UUID.fromString(caseId)));
    }

    Instant lastContactOf(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> cases.findById(UUID.fromString(caseId)).lastContactAt);
    }

    @Test
    void shouldAnonymiseTwentyFourMonthsAfterTheLastContactAndNotADayBefore() {
        Instant contact = Instant.parse("2023-03-15T09:00:00Z");
        String caseId = openCase(caseBody("Retention Person Hx", "refugee", "\"la-cimade\"", "\"name\""));
        String referral = refer(caseId, CIMADE, true);
        command(Personas.PARTNER_A, referral, "accept", null).then().statusCode(200);
        as(Personas.AGENT).contentType(ContentType.JSON).body("{\"body\":\"Retention note jm2\"}")
                .post("/api/v1/cases/" + caseId + "/notes").then().statusCode(201);
        lastContact(caseId, contact);

        // Reads by everyone who may read: none of them is a contact.
        as(Personas.AGENT).get("/api/v1/cases/" + caseId).then().statusCode(200);
        as(Personas.AGENT).get("/api/v1/cases/" + caseId + "/notes").then().statusCode(200);
        as(Personas.AGENT).get("/api/v1/cases/" + caseId + "/export").then().statusCode(200);
        as(Personas.PARTNER_A).get("/api/v1/referrals/" + referral).then().statusCode(200);
        as(Personas.COORDINATOR).queryParam("purpose", "gdpr-request").get("/api/v1/cases/" + caseId).then()
                .statusCode(200);
        assertEquals(contact, lastContactOf(caseId), "a read moved the last contact");

        assertNotNull(job.runAt(monthsAfter(contact, 24, -1)));
        as(Personas.AGENT).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("person.name", is("Retention Person Hx")).body("anonymisedAt", nullValue());

        Retention.Summary summary = job.runAt(monthsAfter(contact, 24, 1));
        assertTrue(summary.casesAnonymised() >= 1 && summary.referralsCancelled() >= 1, summary.toString());
        as(Personas.AGENT).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("person", nullValue()).body("anonymisedAt", notNullValue())
                .body("needs", hasItem("housing"))
                .body("referrals[0].status", is("cancelled")).body("referrals[0].reason", is("retention-period-over"))
                .body("referrals[0].note", nullValue());
        as(Personas.AGENT).get("/api/v1/cases/" + caseId + "/notes").then().statusCode(200).body("size()", is(0));
        as(Personas.PARTNER_A).get("/api/v1/referrals/" + referral).then().statusCode(200)
                .body("person", nullValue()).body("note", nullValue()).body("languages", is(List.of()));
        // Anonymising is no contact either, and a second run finds nothing to do.
        assertEquals(contact, lastContactOf(caseId));
        assertEquals(0, job.runAt(monthsAfter(contact, 24, 2)).referralsCancelled());
        // Nothing new about the person goes into it: it would never be cleared again.
        as(Personas.AGENT).contentType(ContentType.JSON).body("{\"service\":\"" + CIMADE + "\"}")
                .post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(409);
        as(Personas.AGENT).contentType(ContentType.JSON).body("{\"body\":\"Retention note jm2\"}")
                .post("/api/v1/cases/" + caseId + "/notes").then().statusCode(409);
        as(Personas.PARTNER_A).contentType(ContentType.JSON).body("{\"body\":\"Retention note jm2\"}")
                .post("/api/v1/referrals/" + referral + "/notes").then().statusCode(409);
        assertEquals(contact, lastContactOf(caseId));
    }

    @Test
    void shouldNotPostponeTheRetentionForASystemExpiry() {
        Instant contact = Instant.parse("2022-01-10T10:00:00Z");
        String caseId = openCase(caseBody("Expiry Person Gw", null, "\"la-cimade\"", "\"name\""));
        String referral = refer(caseId, CIMADE, true);
        lastContact(caseId, contact);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery(
                "update Referral set sentAt = ?1 where id = ?2").setParameter(1, contact)
                .setParameter(2, UUID.fromString(referral)).executeUpdate());

        int expired = QuarkusTransaction.requiringNew().call(() -> referrals.expireOverdue(
                contact.plus(Duration.ofDays(31))));
        assertTrue(expired >= 1, "expired " + expired);
        as(Personas.AGENT).get("/api/v1/referrals/" + referral).then().body("status", is("expired"));
        assertEquals(contact, lastContactOf(caseId), "the system's expiry moved the last contact");

        job.runAt(monthsAfter(contact, 24, 1));
        as(Personas.AGENT).get("/api/v1/cases/" + caseId).then().body("person", nullValue())
                .body("referrals[0].status", is("expired"));
    }

    @Test
    void shouldPurgeTheAccessJournalAfterTwelveMonthsOnly() {
        Instant run = Instant.parse("2024-06-10T12:00:00Z");
        String caseId = openCase(caseBody("Journal Person Kf", null, "\"la-cimade\"", "\"name\""));
        as(Personas.AGENT).get("/api/v1/cases/" + caseId).then().statusCode(200);
        List<UUID> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select e.id from AccessJournalEntry e where e.caseId = ?1 order by e.occurredAt", UUID.class)
                .setParameter(1, UUID.fromString(caseId)).getResultList());
        assertEquals(2, rows.size(), rows.toString());
        age(rows.get(0), monthsAfter(run, -12, -1));
        age(rows.get(1), monthsAfter(run, -12, 1));

        assertTrue(job.runAt(run).journalRowsPurged() >= 1);
        assertEquals(List.of(rows.get(1)), QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select e.id from AccessJournalEntry e where e.id in ?1", UUID.class).setParameter(1, rows)
                .getResultList()));
    }

    @Test
    void shouldKeepTheRetentionDelayWithinTheLegalBounds() {
        String etag = as(Personas.AGENT).get("/api/v1/retention-policy").then().statusCode(200)
                .body("caseMonths", is(24)).body("minCaseMonths", is(6)).body("maxCaseMonths", is(24))
                .body("journalMonths", is(12)).body("idempotencyHours", is(24)).extract().header("ETag");
        as(Personas.AGENT).contentType(ContentType.JSON).header("If-Match", etag).body("{\"caseMonths\":12}")
                .put("/api/v1/retention-policy").then().statusCode(403);
        as(Personas.COORDINATOR).contentType(ContentType.JSON).body("{\"caseMonths\":12}")
                .put("/api/v1/retention-policy").then().statusCode(428);
        for (String bad : List.of("25", "5", "null", "\"x\"")) {
            as(Personas.COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag)
                    .body("{\"caseMonths\":" + bad + "}").put("/api/v1/retention-policy").then().statusCode(400)
                    .contentType(Api.PROBLEM_JSON).body("errors.field", hasItem("caseMonths"));
        }
        Instant contact = Instant.parse("2021-05-04T08:00:00Z");
        String caseId = openCase(caseBody("Policy Person Vb", null, "\"la-cimade\"", "\"name\""));
        lastContact(caseId, contact);
        try {
            String changed = as(Personas.COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag)
                    .body("{\"caseMonths\":12}").put("/api/v1/retention-policy").then().statusCode(200)
                    .body("caseMonths", is(12)).body("updatedBy", is(Personas.COORDINATOR.subject()))
                    .extract().header("ETag");
            as(Personas.COORDINATOR).contentType(ContentType.JSON).header("If-Match", etag)
                    .body("{\"caseMonths\":18}").put("/api/v1/retention-policy").then().statusCode(412);
            as(Personas.COORDINATOR).queryParam("entityType", "retention-policy").get("/api/v1/audit-events").then()
                    .statusCode(200).body("items[0].changedFields", hasItem("caseMonths"));

            job.runAt(monthsAfter(contact, 12, -1));
            as(Personas.AGENT).get("/api/v1/cases/" + caseId).then().body("person.name", is("Policy Person Vb"));
            job.runAt(monthsAfter(contact, 12, 1));
            as(Personas.AGENT).get("/api/v1/cases/" + caseId).then().body("person", nullValue());
            etag = changed;
        } finally {
            String current = as(Personas.COORDINATOR).get("/api/v1/retention-policy").header("ETag");
            as(Personas.COORDINATOR).contentType(ContentType.JSON).header("If-Match", current)
                    .body("{\"caseMonths\":24}").put("/api/v1/retention-policy").then().statusCode(200);
        }
    }

    @Test
    void shouldForgetIdempotencyKeysAfter24HoursAndNotBefore() {
        String key = UUID.randomUUID().toString();
        as(Personas.AGENT).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(caseBody("Idempotent Person Tc", null, "\"la-cimade\"", "\"name\"")).post("/api/v1/cases").then()
                .statusCode(201);
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> idempotentCreates.purgeExpired(now.plus(Duration.ofHours(23))));
        assertEquals(1L, keys(key));
        QuarkusTransaction.requiringNew().run(() -> idempotentCreates.purgeExpired(now.plus(Duration.ofHours(25))));
        assertEquals(0L, keys(key));
    }

    private long keys(String key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select count(r) from IdempotencyRecord r where r.id.keyValue = ?1", Long.class).setParameter(1, key)
                .getSingleResult());
    }

    private void age(UUID journalRow, Instant at) {
        // The journal's columns are not updatable through the entity (append-only): the test dates a row by SQL.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update access_journal set occurred_at = ?1 where id = ?2").setParameter(1, at)
                .setParameter(2, journalRow).executeUpdate());
    }
}
