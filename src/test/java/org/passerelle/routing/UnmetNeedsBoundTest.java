package org.passerelle.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.passerelle.support.RateLimitProfile;

/**
 * One client adds at most 2 distinct (need, area) a day to the unmet-need counts in this profile, each
 * once, however many plans it asks; its plans are unchanged. The allow-listed kiosks are all counted.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class UnmetNeedsBoundTest {

    private static final int BOUND = 2;
    private static final String PROFILE = "\"status\":\"undocumented\",\"age\":70,\"gender\":\"male\",\"city\":\"Briançon\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RoutingSnapshot snapshot;
    @Inject
    UnmetNeeds unmetNeeds;
    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldBoundTheUnmetNeedsOneClientAddsPerDay() throws JsonProcessingException {
        List<String> unmet = unmetNeeds(BOUND + 1);
        long before = unmetTotal(unmet);

        String client = "203.0.113.60";
        for (int i = 0; i < 4; i++) {
            JsonPath plan = triage(client, unmet);
            // The plan itself is the same for everyone: every need still reads as unmet.
            assertEquals(unmet.size(), plan.getList("needs.findAll { it.unmet }").size());
        }
        assertEquals(before + BOUND, unmetTotal(unmet), "4 plans of " + unmet.size() + " unmet needs from one client");

        // Another client counts on its own; the kiosks behind the allow-listed NAT count every plan.
        triage("203.0.113.61", unmet.subList(0, 1));
        assertEquals(before + BOUND + 1, unmetTotal(unmet));
        triage(RateLimitProfile.KIOSKS + "40", unmet);
        triage(RateLimitProfile.KIOSKS + "40", unmet);
        assertEquals(before + BOUND + 1 + 2L * unmet.size(), unmetTotal(unmet));
    }

    /** Needs no offer meets for {@link #PROFILE}, found through the allow-listed kiosks. */
    private List<String> unmetNeeds(int wanted) throws JsonProcessingException {
        List<String> themes = new ArrayList<>(snapshot.view().taxonomy().themes().keySet());
        List<String> unmet = new ArrayList<>();
        for (int from = 0; from < themes.size() && unmet.size() < wanted; from += 16) {
            JsonPath plan = triage(RateLimitProfile.KIOSKS + "41", themes.subList(from, Math.min(themes.size(), from + 16)));
            unmet.addAll(plan.getList("needs.findAll { it.unmet }.need", String.class));
        }
        assertTrue(unmet.size() >= wanted, "enough unmet needs for this profile: " + unmet);
        return unmet.subList(0, wanted);
    }

    private static JsonPath triage(String client, List<String> needs) throws JsonProcessingException {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body("{\"needs\":" + JSON.writeValueAsString(needs) + "," + PROFILE + "}")
                .post("/api/v1/triage").then().statusCode(200).extract().jsonPath();
    }

    private long unmetTotal(List<String> needs) {
        unmetNeeds.flush();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createQuery(
                "select coalesce(sum(u.occurrences), 0) from UnmetNeedCount u where u.id.need in :needs")
                .setParameter("needs", needs).getSingleResult()).longValue());
    }
}
