package org.passerelle.catalogue;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.support.Api.PROBLEM_JSON;
import static org.passerelle.support.Api.anonymous;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.passerelle.support.Api;
import org.passerelle.support.DemoData;

/**
 * The public search's cached answers cannot be poisoned (issue 10, point 2), query booleans follow one
 * rule on every endpoint, and user text is plain words (point 7). Each test uses an Accept-Language of
 * its own, so that its cache keys are fresh whatever ran before in this JVM.
 */
@QuarkusTest
class SearchCacheKeyTest {

    static final String SERVICES = "/api/v1/services";
    static final String TRIAGE = "/api/v1/triage";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void anAbsentTextIsNotTheWordNull() {
        int active = DemoData.activeSlugs(s -> true).size();
        // The attacker's request comes first, while ?size=7 is not cached yet.
        anonymous().header("Accept-Language", "ps").queryParam("size", 7).queryParam("q", "null").get(SERVICES)
                .then().statusCode(200);
        for (int i = 0; i < 2; i++) { // the miss, then the cached answer (the fast path)
            anonymous().header("Accept-Language", "ps").queryParam("size", 7).get(SERVICES).then().statusCode(200)
                    .body("totalItems", is(active)).body("items", hasSize(7));
        }
    }

    @Test
    void anAbsentFilterIsNotTheWordNull() {
        int work = anonymous().header("Accept-Language", "ti").queryParam("domain", "work").queryParam("size", 100)
                .get(SERVICES).then().statusCode(200).extract().path("totalItems");
        assertTrue(work > 0, "the demo catalogue has services for work");
        anonymous().header("Accept-Language", "ti").queryParam("domain", "work").queryParam("region", "null")
                .get(SERVICES).then().statusCode(200);
        for (int i = 0; i < 2; i++) {
            anonymous().header("Accept-Language", "ti").queryParam("domain", "work").get(SERVICES).then()
                    .statusCode(200).body("totalItems", is(work));
        }
    }

    @Test
    void aBlankValueIsAbsentAndAnEmptyWordCannotEmptyAPage() {
        int active = DemoData.activeSlugs(s -> true).size();
        anonymous().header("Accept-Language", "ru").queryParam("size", 9).queryParam("city", " ").get(SERVICES)
                .then().statusCode(200).body("totalItems", is(active));
        anonymous().header("Accept-Language", "ru").queryParam("size", 9).queryParam("city", "").get(SERVICES)
                .then().statusCode(200).body("totalItems", is(active));
        anonymous().header("Accept-Language", "ru").queryParam("size", 9).queryParam("organization", "")
                .get(SERVICES).then().statusCode(200).body("totalItems", is(active));
    }

    @ParameterizedTest
    @ValueSource(strings = { "true", "TRUE", "True", "tRuE", "false", "FALSE", "False" })
    void booleansAreTrueOrFalseInAnyCaseOnSearch(String value) {
        boolean open = Boolean.parseBoolean(value);
        int expected = anonymous().queryParam("openNow", String.valueOf(open)).queryParam("size", 100).get(SERVICES)
                .then().statusCode(200).extract().path("totalItems");
        for (int i = 0; i < 2; i++) { // the resource, then the fast path
            anonymous().queryParam("openNow", value).queryParam("size", 100).get(SERVICES).then().statusCode(200)
                    .body("totalItems", is(expected));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "true", "TRUE", "True", "false", "FALSE", "False" })
    void booleansAreTrueOrFalseInAnyCaseOnTriage(String value) {
        anonymous().contentType(ContentType.JSON).queryParam("replay", value).body("{\"needs\":[\"housing\"]}")
                .post(TRIAGE).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "yes", "1", "0", " ", " true", "on", "null", "truee" })
    void anyOtherBooleanIsA400NamingTheParameter(String value) {
        for (int i = 0; i < 2; i++) { // twice: a refusal is never cached, nor served by the fast path
            anonymous().queryParam("openNow", value).get(SERVICES).then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("status", is(400)).body("errors", hasSize(1))
                    .body("errors[0].field", is("openNow")).body("errors[0].message", is("must be true or false"))
                    .body(not(containsString("Exception")));
        }
        anonymous().contentType(ContentType.JSON).queryParam("replay", value).body("{\"needs\":[\"housing\"]}")
                .post(TRIAGE).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("status", is(400)).body("errors", hasSize(1))
                .body("errors[0].field", is("replay")).body("errors[0].message", is("must be true or false"))
                .body(not(containsString("Exception")));
    }

    @Test
    void anEmptyBooleanIsTheDefaultOnBothEndpoints() {
        // Quarkus REST reads ?x= as absent for a typed parameter; the contract says so (QueryBooleans.RULE).
        int all = anonymous().queryParam("size", 100).get(SERVICES).then().statusCode(200).extract().path("totalItems");
        for (int i = 0; i < 2; i++) {
            anonymous().urlEncodingEnabled(false).get(SERVICES + "?size=100&openNow=").then().statusCode(200)
                    .body("totalItems", is(all));
        }
        anonymous().contentType(ContentType.JSON).urlEncodingEnabled(false).body("{\"needs\":[\"housing\"]}")
                .post(TRIAGE + "?replay=").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "AND", "OR", "NOT", "and", "*", "\"", "(", ")", "\\", "AND OR NOT", "*:*", "~", "?", "-",
            "+", "[", "{", "^", ":", "\"\"", "/", "&&", "||", "!" })
    void userTextIsPlainWordsNotQuerySyntax(String q) {
        int total = anonymous().queryParam("q", q).get(SERVICES).then().statusCode(200)
                .contentType(ContentType.JSON).extract().path("totalItems");
        assertTrue(total < 10, "q=" + q + " matched " + total + " services");
    }

    @Test
    void operatorWordsAroundRealWordsAreIgnored() {
        int housing = anonymous().queryParam("q", "logement").get(SERVICES).then().statusCode(200).extract()
                .path("totalItems");
        assertTrue(housing > 0);
        assertEquals(housing, (int) anonymous().queryParam("q", "logement AND").get(SERVICES).then().statusCode(200)
                .extract().path("totalItems"));
        assertEquals(housing, (int) anonymous().queryParam("q", "(logement)").get(SERVICES).then().statusCode(200)
                .extract().path("totalItems"));
        anonymous().queryParam("q", "logement*").get(SERVICES).then().statusCode(200)
                .body("totalItems", lessThan(DemoData.activeSlugs(s -> true).size()));
    }
}
