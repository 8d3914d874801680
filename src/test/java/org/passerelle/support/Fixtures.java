package org.passerelle.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as a persona, and write bodies built from the contract's examples. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static RequestSpecification as(Personas persona) {
        RequestSpecification spec = given().accept(ContentType.JSON);
        String token = persona.token();
        return token == null ? spec : spec.auth().oauth2(token);
    }

    /** The request example of an operation, as a mutable JSON object. */
    public static ObjectNode example(String operationId) {
        try (InputStream in = Fixtures.class.getClassLoader()
                .getResourceAsStream("openapi-examples/" + operationId + ".request.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode example(String operationId, String slug) {
        ObjectNode body = example(operationId);
        body.put("slug", slug);
        return body;
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The current ETag of a record, for If-Match. */
    public static String etag(String path) {
        return given().accept(ContentType.JSON).get(path).then().statusCode(200).extract().header("ETag");
    }

    /** Creates a service of La Cimade as the coordinator and returns its id. */
    public static String createService(String slug) {
        return as(Personas.COORDINATOR).contentType(ContentType.JSON)
                .body(example("createService", slug).toString())
                .post("/api/v1/organizations/la-cimade/services").then().statusCode(201).extract().path("id");
    }
}
