package org.passerelle.referral;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.referral.ReferralLoopTest.as;
import static org.passerelle.referral.ReferralLoopTest.caseBody;
import static org.passerelle.referral.ReferralLoopTest.command;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.passerelle.support.Api;
import org.passerelle.support.Personas;
import org.passerelle.support.WritesProfile;

/**
 * The desk's dashboard asks the server, not the page, what is overdue, due soon or waiting for an
 * outcome, and in which order: so a filter or a sort holds across pages. It works at the second desk
 * (Metz), which other tests of this profile barely use, and each assertion looks at its own referrals.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class ReferralListTest {

    static {
        Api.configure();
    }

    @Inject
    ReferralRepository repository;

    String overdue;
    String soon;
    String later;
    String waiting;

    @BeforeEach
    void fourReferralsDueAtDifferentTimes() {
        String caseId = as(Personas.AGENT_METZ).contentType(ContentType.JSON)
                .body(caseBody("List Person Wd", null, "\"la-cimade\",\"adoma\"", "\"name\""))
                .post("/api/v1/cases").then().statusCode(201).extract().path("id");
        later = refer(caseId, ReferralLoopTest.CIMADE);
        soon = refer(caseId, ReferralLoopTest.ADOMA);
        overdue = refer(caseId, ReferralLoopTest.CIMADE);
        waiting = refer(caseId, ReferralLoopTest.ADOMA);
        command(Personas.PARTNER_B, waiting, "accept", null).then().statusCode(200);
        // Made an hour apart and due at set times, so both orders are known (not left to the clock's grain).
        Instant now = Instant.now();
        List<String> made = List.of(later, soon, overdue, waiting);
        Map<String, Instant> due = Map.of(later, now.plus(Duration.ofDays(9)), soon, now.plus(Duration.ofHours(20)),
                overdue, now.minus(Duration.ofHours(3)), waiting, now.plus(Duration.ofDays(5)));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < made.size(); i++) {
                Referral r = repository.findById(UUID.fromString(made.get(i)));
                r.createdAt = now.minus(Duration.ofHours(10 - i));
                r.dueAt = due.get(made.get(i));
            }
        });
    }

    static String refer(String caseId, String service) {
        return as(Personas.AGENT_METZ).contentType(ContentType.JSON)
                .body("{\"service\":\"" + service + "\",\"need\":\"rights\",\"send\":true}")
                .post("/api/v1/cases/" + caseId + "/referrals").then().statusCode(201).extract().path("id");
    }

    List<String> ids(Map<String, ?> query) {
        return as(Personas.AGENT_METZ).queryParams(query).queryParam("size", 100).get("/api/v1/referrals").then()
                .statusCode(200).extract().path("items.id");
    }

    List<String> mine(List<String> all) {
        return all.stream().filter(List.of(overdue, soon, later, waiting)::contains).toList();
    }

    @Test
    void shouldFilterOverdueDueSoonAndWaitingOnTheServer() {
        assertEquals(List.of(overdue), mine(ids(Map.of("due", "overdue"))));
        assertEquals(List.of(soon), mine(ids(Map.of("due", "soon"))));
        assertEquals(List.of(waiting), mine(ids(Map.of("waiting", "true"))));
        assertEquals(List.of(overdue, soon, waiting, later), mine(ids(Map.of("waiting", "false"))));
        // A finished referral is never late, whatever its due date said.
        command(Personas.PARTNER_A, overdue, "decline", "{\"reason\":\"no-capacity\"}").then().statusCode(200);
        assertFalse(ids(Map.of("due", "overdue")).contains(overdue));
    }

    @Test
    void shouldSortByDueOrByAgeAcrossPages() {
        assertEquals(List.of(overdue, soon, waiting, later), mine(ids(Map.of())));
        assertEquals(List.of(overdue, soon, waiting, later), mine(ids(Map.of("sort", "due"))));
        assertEquals(List.of(later, soon, overdue, waiting), mine(ids(Map.of("sort", "created"))));

        // Page by page, one item a page: the same order as the one-page list, so sorting is not per page.
        List<String> whole = ids(Map.of("sort", "created"));
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= whole.size(); page++) {
            paged.addAll(as(Personas.AGENT_METZ).queryParam("sort", "created").queryParam("size", 1).queryParam("page", page)
                    .get("/api/v1/referrals").then().statusCode(200).extract().<List<String>>path("items.id"));
        }
        assertEquals(whole, paged);
    }

    @Test
    void shouldNameEachBadParameter() {
        as(Personas.AGENT_METZ).queryParam("due", "tomorrow").queryParam("sort", "name").queryParam("waiting", "yes")
                .get("/api/v1/referrals").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("due")).body("errors.field", hasItem("sort"))
                .body("errors.field", hasItem("waiting"));
        // A partner filters its inbox the same way, and sees only what was sent to it.
        List<String> adoma = as(Personas.PARTNER_B).queryParam("waiting", "true").queryParam("size", 100)
                .get("/api/v1/referrals").then().statusCode(200).extract().path("items.id");
        assertTrue(adoma.contains(waiting));
        assertFalse(adoma.contains(overdue) || adoma.contains(soon));
        List<String> adomaSoon = as(Personas.PARTNER_B).queryParam("due", "soon").queryParam("size", 100)
                .get("/api/v1/referrals").then().statusCode(200).extract().path("items.id");
        assertTrue(adomaSoon.contains(soon));
        assertFalse(adomaSoon.contains(waiting));
    }
}
