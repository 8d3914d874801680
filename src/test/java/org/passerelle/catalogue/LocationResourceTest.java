package org.passerelle.catalogue;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.passerelle.support.Api.PROBLEM_JSON;
import static org.passerelle.support.Api.anonymous;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import org.passerelle.support.Api;

/** The places where services are held: public, paged, filtered by text, the same ETag for the same page. */
@QuarkusTest
class LocationResourceTest {

    static final String LOCATIONS = "/api/v1/locations";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void shouldListThePlacesWithTheirAddressAndTimeZone() {
        anonymous().get(LOCATIONS).then().statusCode(200)
                .body("page", is(1)).body("items.slug", hasItem("guichet-unique-nancy-exemple"))
                .body("items.find { it.slug == 'guichet-unique-nancy-exemple' }.city", is("Nancy"))
                .body("items.find { it.slug == 'guichet-unique-nancy-exemple' }.postalCode", is("54000"))
                .body("items.find { it.slug == 'guichet-unique-nancy-exemple' }.illustrative", is(true))
                .body("items.timezone", everyItem(notNullValue()));
    }

    @Test
    void shouldFindAPlaceByTownOrNameAndNothingForOtherText() {
        anonymous().queryParam("q", "NANCY").get(LOCATIONS).then().statusCode(200)
                .body("items.slug", hasItem("guichet-unique-nancy-exemple"));
        anonymous().queryParam("q", "stanislas").get(LOCATIONS).then().statusCode(200)
                .body("items.slug", hasItem("guichet-unique-nancy-exemple"));
        anonymous().queryParam("q", "no such place anywhere").get(LOCATIONS).then().statusCode(200)
                .body("totalItems", is(0));
        // "%" and "_" are text, not wildcards.
        anonymous().queryParam("q", "%").get(LOCATIONS).then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void shouldRefuseABadPageByFieldAndAnswer304ForTheSameEtag() {
        anonymous().queryParam("size", 101).get(LOCATIONS).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", is("size"));
        anonymous().queryParam("page", 0).get(LOCATIONS).then().statusCode(400).body("errors[0].field", is("page"));
        String etag = anonymous().get(LOCATIONS).then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", etag).get(LOCATIONS).then().statusCode(304);
    }
}
