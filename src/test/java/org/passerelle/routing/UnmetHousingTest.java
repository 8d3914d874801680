package org.passerelle.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.passerelle.catalogue.CatalogueChanged;
import org.passerelle.catalogue.ServiceOfferRepository;
import org.passerelle.catalogue.vocabulary.ServiceStatus;
import org.passerelle.support.WritesProfile;

/**
 * A housing plan with no relevant eligible offer still gives a way to a roof tonight: 115 leads, then the
 * desk. The two housing networks open to everyone are closed for the test (on the writes database), as
 * they would be in a town where they have no branch.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class UnmetHousingTest {

    private static final List<String> OPEN_TO_EVERYONE = List.of("adoma-logement-accompagne",
            "utopia-56-hebergement-solidaire");

    @Inject
    ServiceOfferRepository services;
    @Inject
    Event<CatalogueChanged> changed;

    private void setStatus(ServiceStatus status) {
        QuarkusTransaction.requiringNew().run(() -> {
            OPEN_TO_EVERYONE.forEach(slug -> services.findBySlug(slug).orElseThrow().status = status);
            changed.fire(new CatalogueChanged("service"));
        });
    }

    @AfterEach
    void reopen() {
        setStatus(ServiceStatus.ACTIVE);
    }

    @Test
    void shouldLeadAHousingPlanWithoutARelevantOfferWith115AndTheDesk() {
        setStatus(ServiceStatus.INACTIVE);
        JsonPath plan = given().contentType(ContentType.JSON)
                .body("{\"needs\":[\"housing\"],\"status\":\"undocumented\",\"age\":40,\"city\":\"Briançon\"}")
                .post("/api/v1/triage").then().statusCode(200).extract().jsonPath();
        assertTrue(plan.getBoolean("needs[0].unmet"), plan.prettify());
        List<Map<String, Object>> net = plan.getList("needs[0].safetyNet");
        assertEquals("shelter-115", net.get(0).get("code"));
        assertEquals(Boolean.TRUE, net.get(0).get("lead"));
        assertEquals("115", net.get(0).get("phone"));
        assertTrue(net.stream().anyMatch(i -> "ask-the-desk".equals(i.get("code")) && Boolean.TRUE.equals(i.get("lead"))));
        // The offers that remain are "maybe" at best: none is presented as fitting for sure.
        assertTrue(plan.getList("needs[0].offers.verdict").stream().noneMatch("eligible"::equals));
    }
}
