package org.passerelle.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;

import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.passerelle.common.problem.ApiProblem;

/** The one boolean rule (plain JUnit). */
class QueryBooleansTest {

    @RestQuery("replay")
    Boolean replay;

    @ParameterizedTest
    @ValueSource(strings = { "true", "TRUE", "True", "tRUE" })
    void trueInAnyCase(String value) {
        assertTrue(QueryBooleans.parse("openNow", value));
    }

    @ParameterizedTest
    @ValueSource(strings = { "false", "FALSE", "False" })
    void falseInAnyCase(String value) {
        assertFalse(QueryBooleans.parse("openNow", value));
    }

    @ParameterizedTest
    @ValueSource(strings = { "yes", "no", "1", "0", "", " ", " true", "true ", "on", "null", "truee", "t" })
    void anythingElseIsAProblemNamingTheParameter(String value) {
        WebApplicationException e = assertThrows(WebApplicationException.class,
                () -> QueryBooleans.parse("openNow", value));
        assertEquals(400, e.getResponse().getStatus());
        ApiProblem problem = assertInstanceOf(ApiProblem.class, e.getCause());
        assertEquals(400, problem.status());
        assertEquals("openNow", problem.errors().get(0).field());
        assertEquals("must be true or false", problem.errors().get(0).message());
    }

    @Test
    void theConverterNamesTheParameterFromItsAnnotation() throws NoSuchFieldException {
        Annotation[] annotations = QueryBooleansTest.class.getDeclaredField("replay").getAnnotations();
        ParamConverter<Boolean> converter = new QueryBooleans().getConverter(Boolean.class, Boolean.class, annotations);
        assertTrue(converter.fromString("TRUE"));
        assertNull(converter.fromString(null));
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> converter.fromString("yes"));
        assertEquals("replay", ((ApiProblem) e.getCause()).errors().get(0).field());
        assertNull(new QueryBooleans().getConverter(String.class, String.class, annotations), "booleans only");
    }
}
