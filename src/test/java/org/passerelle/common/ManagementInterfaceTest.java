package org.passerelle.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.passerelle.support.RateLimitProfile;

/**
 * As packaged (every profile but the in-process tests'), health and metrics live on the management
 * interface, not on the public port the ingress routes: metrics are not public (issue 10).
 */
@QuarkusTest
// The management interface is on in RateLimitProfile, as packaged; sharing its boot saves one (issue 12).
@TestProfile(RateLimitProfile.class)
class ManagementInterfaceTest {

    /** The management root (/q) comes with the URL. */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @ParameterizedTest
    @ValueSource(strings = { "/q/metrics", "/q/health", "/q/health/ready" })
    void shouldNotServeOperationsOnThePublicPort(String path) {
        given().get(path).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldKeepTheContractAndSwaggerUiOnThePublicPortForPartners() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/services"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void shouldServeHealthAndMetricsOnTheManagementPort() {
        given().get(ready).then().statusCode(200).body("status", is("UP"));
        given().get(metrics).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldRefuseOtherMethodsOnTheManagementPort() {
        given().request("TRACE", ready).then().statusCode(405).header("Allow", is("GET, HEAD, OPTIONS"));
        given().delete(ready).then().statusCode(405).contentType("application/problem+json");
    }
}
