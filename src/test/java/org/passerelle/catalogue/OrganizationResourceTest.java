package org.passerelle.catalogue;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.NOT_MODIFIED;
import static jakarta.ws.rs.core.Response.Status.OK;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.support.Api.PROBLEM_JSON;
import static org.passerelle.support.Api.allSlugs;
import static org.passerelle.support.Api.anonymous;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.passerelle.support.Api;
import org.passerelle.support.DemoData;

@QuarkusTest
class OrganizationResourceTest {

    static final String ORGANIZATIONS = "/api/v1/organizations";
    /** uuid5(7b1f5c8e-3f0a-5d2c-9a4e-1c6b0e8d4f21, "organization:la-cimade"), computed outside Java. */
    static final String CIMADE_ID = "7ecc9bd4-5601-5d2a-bab5-e1c5f4b40122";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void shouldListTheOrganizationsThatRunServices() {
        List<String> expected = new java.util.ArrayList<>(DemoData.services().stream()
                .map(s -> s.path("organizationId").asText()).distinct().toList());
        assertEquals(44, expected.size());
        // And the two illustrative one-stop-shop desks, whose agents open referral cases.
        expected.addAll(List.of("guichet-unique-metz", "guichet-unique-nancy"));
        assertEquals(expected.stream().sorted().toList(), allSlugs(ORGANIZATIONS));
    }

    @Test
    void shouldFilterByKindAndText() {
        List<String> companies = allSlugs(ORGANIZATIONS, "kind", "company");
        assertEquals(true, companies.contains("adoma"));
        anonymous().queryParam("kind", "company").get(ORGANIZATIONS).then().body("items.kind", everyItem(is("company")));
        assertEquals(List.of("la-cimade"), allSlugs(ORGANIZATIONS, "q", "CIMADE"));
        assertEquals(List.of(), allSlugs(ORGANIZATIONS, "q", "cimade", "kind", "company"));
        anonymous().queryParam("kind", "club").get(ORGANIZATIONS).then().statusCode(BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON).body("errors[0].field", is("kind"));
        anonymous().queryParam("size", 101).get(ORGANIZATIONS).then().statusCode(BAD_REQUEST.getStatusCode())
                .body("errors[0].field", is("size"));
    }

    @Test
    void shouldGetAnOrganizationWithItsActiveServices() {
        List<String> cimadeServices = DemoData.activeSlugs(s -> "la-cimade".equals(s.path("organizationId").asText()));
        Response response = anonymous().header("Accept-Language", "en").get(ORGANIZATIONS + "/la-cimade");
        response.then().statusCode(OK.getStatusCode())
                .body("id", is(CIMADE_ID)).body("name", is("La Cimade")).body("lang", is("en"))
                .body("description", notNullValue()).body("kind", is("association"));
        assertEquals(cimadeServices, response.jsonPath().getList("services.slug", String.class));
        anonymous().get(ORGANIZATIONS + "/" + CIMADE_ID).then().statusCode(OK.getStatusCode())
                .body("slug", is("la-cimade"));
    }

    @Test
    void shouldNotListInactiveServicesOnAnOrganization() {
        List<String> inactive = DemoData.services().stream().filter(s -> "inactive".equals(s.path("status").asText()))
                .map(s -> s.path("organizationId").asText()).distinct().toList();
        for (String organization : inactive) {
            List<String> active = DemoData.activeSlugs(s -> organization.equals(s.path("organizationId").asText()));
            assertEquals(active, anonymous().get(ORGANIZATIONS + "/" + organization).jsonPath()
                    .getList("services.slug", String.class), organization);
        }
    }

    @Test
    void shouldAnswerUnknownOrganizationWithProblemAnd304ForSameEtag() {
        anonymous().get(ORGANIZATIONS + "/nobody").then().statusCode(NOT_FOUND.getStatusCode())
                .contentType(PROBLEM_JSON);
        String etag = anonymous().get(ORGANIZATIONS + "/adoma").header("ETag");
        anonymous().header("If-None-Match", etag).get(ORGANIZATIONS + "/adoma").then()
                .statusCode(NOT_MODIFIED.getStatusCode());
        String listEtag = anonymous().get(ORGANIZATIONS).header("ETag");
        anonymous().header("If-None-Match", listEtag).get(ORGANIZATIONS).then().statusCode(NOT_MODIFIED.getStatusCode());
        anonymous().header("If-None-Match", listEtag).queryParam("page", 2).get(ORGANIZATIONS).then()
                .statusCode(OK.getStatusCode());
    }

    @Test
    void shouldNeverPublishAPersonsContact() {
        // Organisation e-mail and phone are organisation-level; the demo data carries none at all.
        Stream.of("la-cimade", "adoma", "aajt").forEach(slug -> anonymous().get(ORGANIZATIONS + "/" + slug).then()
                .body("email", is((Object) null)).body("phone", is((Object) null))
                .body("services.slug", not(hasItem("x"))));
    }
}
