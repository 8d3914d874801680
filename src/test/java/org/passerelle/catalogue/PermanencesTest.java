package org.passerelle.catalogue;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.support.Api.allSlugs;
import static org.passerelle.support.Api.anonymous;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The illustrative one-stop-shop desk: permanences, "open now", and the illustrative flag on every one. */
@QuarkusTest
class PermanencesTest {

    @Inject
    ServiceAtLocationRepository permanences;
    @Inject
    ServiceOfferRepository services;

    @Test
    void shouldShowAServicesPermanenceAsIllustrative() {
        anonymous().get("/api/v1/services/cimade-permanences-juridiques").then().statusCode(200)
                .body("locations[0].slug", is("guichet-unique-nancy-exemple"))
                .body("locations[0].illustrative", is(true))
                .body("locations[0].timezone", is("Europe/Paris"))
                .body("locations[0].openingHours", is("Tu 14:00-17:00"))
                .body("locations[0].slots[0].walkIn", is(true))
                .body("locations[0].slots[0].interpreting", is(true))
                .body("locations[0].closures[0].startsOn", is("2026-12-24"));
        anonymous().get("/api/v1/services/aajt-coup-de-pouce").then().body("locations", empty());
    }

    @Test
    void shouldFilterOnServicesOpenNow() {
        Set<String> expected = QuarkusTransaction.requiringNew().call(() -> {
            Set<String> slugs = new TreeSet<>();
            permanences.findServicesOpenAt(Instant.now()).forEach(id -> slugs.add(services.findById(id).slug));
            return slugs;
        });
        List<String> open = allSlugs("/api/v1/services", "openNow", "true");
        assertEquals(expected, new TreeSet<>(open));
        anonymous().queryParam("openNow", "maybe").get("/api/v1/services").then().statusCode(400)
                .body("errors[0].field", is("openNow"));
    }

    @Test
    void shouldGiveTriageReasonsAboutHours() {
        var plan = anonymous().contentType(ContentType.JSON).queryParam("limit", 100)
                .body("{\"needs\":[\"rights\"],\"city\":\"Nancy\"}").post("/api/v1/triage").then().statusCode(200)
                .extract().jsonPath();
        List<String> keys = plan.getList("needs[0].offers.find { it.slug == 'cimade-permanences-juridiques' }"
                + ".reasons.key");
        assertEquals(true, keys.contains("hours.open-now") || keys.contains("hours.closed-now"), keys.toString());
        anonymous().contentType(ContentType.JSON).queryParam("limit", 100)
                .body("{\"needs\":[\"rights\"],\"city\":\"Nancy\"}").post("/api/v1/triage").then()
                .body("needs[0].offers.find { it.slug == 'defenseur-des-droits-service-public' }.reasons.key",
                        hasItem("hours.not-known"));
    }
}
