package org.passerelle.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.support.Fixtures.as;
import static org.passerelle.support.Fixtures.etag;
import static org.passerelle.support.Fixtures.example;
import static org.passerelle.support.Fixtures.uniqueSlug;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.passerelle.support.Fixtures;
import org.passerelle.support.Personas;
import org.passerelle.support.WritesProfile;

/** The search index follows the catalogue: at once for this replica's writes, within seconds for others'. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class SearchFreshnessTest {

    @Inject
    EntityManager entityManager;

    @Test
    void shouldFindAPartnersChangeAtOnce() {
        String slug = uniqueSlug("fresh");
        String id = Fixtures.createService(slug);
        assertTrue(found("zanzibarique").isEmpty(), "not yet");
        ObjectNode body = example("updateService", slug);
        body.with("name").put("fr", "Atelier zanzibarique");
        as(Personas.PARTNER_A).contentType(ContentType.JSON).header("If-Match", etag("/api/v1/services/" + id))
                .body(body.toString()).put("/api/v1/services/" + id).then().statusCode(200);
        assertEquals(List.of(slug), found("zanzibarique"));
    }

    @Test
    void shouldFollowAnotherReplicasChangeThroughTheRevision() throws InterruptedException {
        String slug = uniqueSlug("replica");
        String id = Fixtures.createService(slug);
        found("x");
        // Another replica's write: the row and the revision change, and no event reaches this replica.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update service_text set name = 'Permanence quokkaesque' "
                    + "where service_id = :id and lang = 'fr'").setParameter("id", java.util.UUID.fromString(id))
                    .executeUpdate();
            entityManager.createNativeQuery("update catalogue_revision set revision = revision + 1 where id = 1")
                    .executeUpdate();
        });
        long deadline = System.currentTimeMillis() + 15_000;
        while (found("quokkaesque").isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertTrue(found("quokkaesque").contains(slug), "the index caught up within 15 s");
    }

    private static List<String> found(String word) {
        return given().accept(ContentType.JSON).queryParam("q", word).queryParam("size", 100)
                .get("/api/v1/services").then().statusCode(200).extract().jsonPath().getList("items.slug");
    }
}
