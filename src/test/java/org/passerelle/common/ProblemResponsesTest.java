package org.passerelle.common;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.METHOD_NOT_ALLOWED;
import static jakarta.ws.rs.core.Response.Status.NOT_ACCEPTABLE;
import static jakarta.ws.rs.core.Response.Status.NOT_FOUND;
import static jakarta.ws.rs.core.Response.Status.OK;
import static jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE;
import static jakarta.ws.rs.core.Response.Status.UNSUPPORTED_MEDIA_TYPE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.passerelle.support.Api.PROBLEM_JSON;
import static org.passerelle.support.Api.anonymous;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.passerelle.support.Api;

/** One error shape everywhere: RFC 9457 problem details, never a stack trace, never a 500 for bad input. */
@QuarkusTest
class ProblemResponsesTest {

    static final String LOOKUP = "/api/v1/services/lookup";

    @BeforeAll
    static void setUp() {
        Api.configure();
    }

    @Test
    void shouldLookUpServicesInTheOrderAsked() {
        anonymous().contentType(ContentType.JSON)
                .body("{\"ids\":[\"aajt-coup-de-pouce\",\"no-such-service\",\"81ca95eb-3427-5bc0-97b0-6c64c5fbd19f\","
                        + "\"cimade-permanences-juridiques\"]}")
                .post(LOOKUP).then().statusCode(OK.getStatusCode())
                .body("items.slug", contains("aajt-coup-de-pouce", "cimade-permanences-juridiques"))
                .body("missing", contains("no-such-service"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "null", "[]", "\"ids\"", "42", "" })
    void shouldRejectBodiesThatAreNotAnObject(String body) {
        anonymous().contentType(ContentType.JSON).body(body).post(LOOKUP).then()
                .statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM_JSON)
                .body("status", is(400)).body("errors", hasSize(1)).body("errors[0].field", is("body"))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldRejectMalformedJsonWithItsPosition() {
        anonymous().contentType(ContentType.JSON).body("{\"ids\": [\"a\",").post(LOOKUP).then()
                .statusCode(BAD_REQUEST.getStatusCode()).contentType(PROBLEM_JSON)
                .body("errors[0].field", is("body")).body("errors[0].message", containsString("well-formed"));
    }

    @Test
    void shouldNameTheInvalidField() {
        anonymous().contentType(ContentType.JSON).body("{}").post(LOOKUP).then()
                .statusCode(BAD_REQUEST.getStatusCode()).body("errors[0].field", is("ids"))
                .body("errors[0].message", is("is required"));
        anonymous().contentType(ContentType.JSON).body("{\"ids\":[]}").post(LOOKUP).then()
                .statusCode(BAD_REQUEST.getStatusCode()).body("errors[0].field", is("ids"));
        anonymous().contentType(ContentType.JSON).body("{\"ids\":[\"ok\",\" \"]}").post(LOOKUP).then()
                .statusCode(BAD_REQUEST.getStatusCode()).body("errors[0].field", is("ids[1]"));
        anonymous().contentType(ContentType.JSON).body("{\"ids\":\"aajt-coup-de-pouce\"}").post(LOOKUP).then()
                .statusCode(BAD_REQUEST.getStatusCode()).body("errors[0].field", is("ids"))
                .body("errors[0].message", is("must be an array"));
    }

    @Test
    void shouldRejectUnknownFields() {
        anonymous().contentType(ContentType.JSON).body("{\"ids\":[\"x\"],\"status\":\"inactive\"}").post(LOOKUP)
                .then().statusCode(BAD_REQUEST.getStatusCode())
                .body("errors[0].field", is("status")).body("errors[0].message", is("is not a known field"));
    }

    @Test
    void shouldRejectTooManyIds() {
        String ids = "\"x\"," .repeat(100) + "\"y\"";
        anonymous().contentType(ContentType.JSON).body("{\"ids\":[" + ids + "]}").post(LOOKUP).then()
                .statusCode(BAD_REQUEST.getStatusCode()).body("errors[0].field", is("ids"));
    }

    @Test
    void shouldAnswer413ForAnOversizedBody() {
        String huge = "{\"ids\":[\"" + "x".repeat(300 * 1024) + "\"]}";
        anonymous().contentType(ContentType.JSON).body(huge).post(LOOKUP).then()
                .statusCode(REQUEST_ENTITY_TOO_LARGE.getStatusCode()).contentType(PROBLEM_JSON)
                .body("status", is(413));
    }

    @Test
    void shouldAnswer404ForAnUnknownApiPath() {
        anonymous().get("/api/v1/nothing-here").then().statusCode(NOT_FOUND.getStatusCode())
                .contentType(PROBLEM_JSON).body("status", is(404)).body("instance", is("/api/v1/nothing-here"));
    }

    @Test
    void shouldAnswer405WithAllow() {
        anonymous().delete("/api/v1/services").then().statusCode(METHOD_NOT_ALLOWED.getStatusCode())
                .contentType(PROBLEM_JSON).body("status", is(405)).header("Allow", containsString("GET"));
        anonymous().contentType(ContentType.JSON).body("{}").put("/api/v1/themes").then()
                .statusCode(METHOD_NOT_ALLOWED.getStatusCode()).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldAnswer406WhenJsonIsNotAcceptable() {
        given().accept("application/xml").get("/api/v1/services").then()
                .statusCode(NOT_ACCEPTABLE.getStatusCode()).contentType(PROBLEM_JSON).body("status", is(406));
    }

    @Test
    void shouldAnswer415ForANonJsonBody() {
        anonymous().contentType(ContentType.XML).body("<ids/>").post(LOOKUP).then()
                .statusCode(UNSUPPORTED_MEDIA_TYPE.getStatusCode()).contentType(PROBLEM_JSON).body("status", is(415));
        anonymous().contentType(ContentType.TEXT).body("ids").post(LOOKUP).then()
                .statusCode(UNSUPPORTED_MEDIA_TYPE.getStatusCode());
    }
}
