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

import java.util.List;

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
    void shouldAnswer413ProblemForAnOversizedChunkedBody() throws Exception {
        // Issue 10: a chunked body (no Content-Length) got an empty 413 and two ERROR stack traces.
        byte[] body = ("{\"ids\":[\"" + "x".repeat(300 * 1024) + "\"]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // A body of unknown length: the client sends it chunked.
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + LOOKUP))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    errors.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        java.net.http.HttpResponse<String> response;
        try {
            response = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            Thread.sleep(200);
        } finally {
            root.removeHandler(capture);
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), errors, "no ERROR is logged for a client's mistake");
        org.junit.jupiter.api.Assertions.assertEquals(413, response.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals(PROBLEM_JSON,
                response.headers().firstValue("Content-Type").orElse(""));
        org.junit.jupiter.api.Assertions.assertTrue(response.body().contains("\"status\":413"), response.body());
    }

    @Test
    void shouldAnswer414ProblemForALongUrl() {
        // Issue 10: a URL over 4 KB got Vert.x's bare 414.
        anonymous().queryParam("q", "x".repeat(5000)).get("/api/v1/services").then().statusCode(414)
                .contentType(PROBLEM_JSON).body("status", is(414));
        anonymous().queryParam("q", "x".repeat(3000)).get("/api/v1/services").then().statusCode(not(is(414)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "TRACE", "DELETE", "POST", "PUT" })
    void shouldRefuseOtherMethodsOnHealth(String method) {
        // Issue 10: /q/health answered TRACE and DELETE.
        anonymous().request(method, "/q/health/ready").then().statusCode(METHOD_NOT_ALLOWED.getStatusCode())
                .contentType(PROBLEM_JSON).header("Allow", is("GET, HEAD, OPTIONS"));
    }

    @Test
    void shouldRefuseTraceEverywhere() {
        anonymous().request("TRACE", "/api/v1/services").then().statusCode(METHOD_NOT_ALLOWED.getStatusCode())
                .contentType(PROBLEM_JSON).header("Allow", not(containsString("TRACE")));
    }

    @Test
    void shouldAdvertiseOnlyTheMethodsOfTheMatchedPath() {
        // Issue 10: OPTIONS listed every method of the resource class.
        anonymous().options("/api/v1/services").then().statusCode(204).header("Allow", is("GET, HEAD, OPTIONS"));
        anonymous().options("/api/v1/services/lookup").then().statusCode(204).header("Allow", is("OPTIONS, POST"));
        anonymous().options("/api/v1/services/aajt-coup-de-pouce").then().statusCode(204)
                .header("Allow", is("GET, HEAD, OPTIONS, PUT"));
        anonymous().options("/api/v1/memberships").then().statusCode(204)
                .header("Allow", is("GET, HEAD, OPTIONS, POST"));
        anonymous().options("/api/v1/memberships/0b6c2a3e-1f0a-4c6e-9d2b-5a1e00000001").then().statusCode(204)
                .header("Allow", is("DELETE, OPTIONS"));
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
