package org.passerelle.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.passerelle.support.Personas;

/** The dev mode's three fictional cases: seeded once, for the Nancy desk, in different states. */
@QuarkusTest
@TestProfile(DemoCasesTest.Profile.class)
class DemoCasesTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("passerelle.demo-cases.enabled", "true",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:passerelle-demo-cases;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void shouldSeedThreeFictionalCasesWithReferralsInDifferentStates() {
        given().auth().oauth2(Personas.AGENT.token()).get("/api/v1/cases").then().statusCode(200)
                .body("totalItems", is(3)).body("items.personName", hasItems("Demo A", "Demo B", "Demo C"));
        given().auth().oauth2(Personas.PARTNER_B.token()).queryParam("size", 100).get("/api/v1/referrals").then()
                .statusCode(200).body("items.status", hasItems("accepted", "declined"));
        given().auth().oauth2(Personas.PARTNER_A.token()).queryParam("size", 100).get("/api/v1/referrals").then()
                .statusCode(200).body("items.status", hasItems("sent", "completed"));
        given().auth().oauth2(Personas.AGENT_METZ.token()).get("/api/v1/cases").then().statusCode(200)
                .body("totalItems", is(0));
    }
}
