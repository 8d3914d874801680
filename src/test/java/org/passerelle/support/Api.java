package org.passerelle.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** REST Assured helpers shared by the API tests. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {
    }

    /** Non-ASCII query values ("Besançon") must be sent as UTF-8. */
    public static void configure() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.config = RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultQueryParameterCharset("UTF-8"));
    }

    public static RequestSpecification anonymous() {
        return given().accept("application/json");
    }

    /** Follows every page of a list and returns the slugs in the order served. */
    public static List<String> allSlugs(String path, Object... queryParams) {
        List<String> slugs = new ArrayList<>();
        int page = 1;
        while (true) {
            Response response = anonymous().queryParams(params(queryParams)).queryParam("size", 100)
                    .queryParam("page", page).get(path);
            response.then().statusCode(200);
            List<String> items = response.jsonPath().getList("items.slug", String.class);
            slugs.addAll(items);
            if (page >= response.jsonPath().getInt("totalPages")) {
                return slugs;
            }
            page++;
        }
    }

    private static java.util.Map<String, Object> params(Object... keyValues) {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
