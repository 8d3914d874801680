package org.passerelle.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsEndpointsTest {

    @ParameterizedTest
    @ValueSource(strings = { "/q/health/live", "/q/health/ready", "/q/health/started" })
    void shouldReportHealthUp(String path) {
        given().get(path).then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void shouldReportDatabaseInReadiness() {
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", org.hamcrest.Matchers.hasItem(
                containsString("Database")));
    }

    @Test
    void shouldNotMakeATagOfEachUnknownPath() {
        // Issue 10: about 100 junk paths exhausted the URI tags (each path its own tag).
        for (int i = 0; i < 30; i++) {
            given().get("/junk-" + i + "/x").then().statusCode(org.hamcrest.Matchers.anyOf(is(200), is(404)));
            given().get("/api/v1/junk-" + i).then().statusCode(404);
            given().get("/q/junk-" + i).then().statusCode(404);
        }
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(scrape.contains("junk-"), "a junk path became a tag");
    }

    @Test
    void shouldExposePrometheusMetrics() {
        // The HTTP server metric exists only once an application request has been served.
        given().get("/api/v1/themes").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("/v1/themes\""))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
