package org.passerelle.common.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.passerelle.common.problem.ApiProblem;

/**
 * The one rule for boolean parameters, on every endpoint: {@code true} or {@code false} in any case
 * ({@code TRUE}, {@code True}); anything else ({@code yes}, {@code 1}, {@code " true"}) is a 400 problem
 * naming the parameter. Without this, JAX-RS reads every unknown word as false. An empty value
 * ({@code ?replay=}) never reaches a converter: Quarkus REST reads it as absent for any type but String,
 * so it is the default, and the fast search path reads it the same way.
 */
@Provider
public class QueryBooleans implements ParamConverterProvider {

    /** What the contract says about a boolean parameter (appended to its description). */
    public static final String RULE = "true or false, in any letter case; an empty value is the default; "
            + "any other value is a 400.";

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Boolean.class && rawType != boolean.class) {
            return null;
        }
        String name = nameOf(annotations);
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                return value == null ? null : parse(name, value);
            }

            @Override
            public String toString(Boolean value) {
                return String.valueOf(value);
            }
        };
    }

    /**
     * Reads a present value by the rule; the fast search path calls this too, so both paths agree.
     *
     * @throws BadRequestException carrying the {@link ApiProblem} (a converter must throw a
     *         WebApplicationException, or JAX-RS answers a bare 400/404)
     */
    public static boolean parse(String name, String value) {
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        if ("false".equalsIgnoreCase(value)) {
            return false;
        }
        throw new BadRequestException(ApiProblem.invalid(name, "must be true or false"));
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                String name = annotation instanceof RestQuery q ? q.value()
                        : annotation instanceof QueryParam q ? q.value()
                        : annotation instanceof RestHeader h ? h.value()
                        : annotation instanceof HeaderParam h ? h.value() : "";
                if (!name.isEmpty()) {
                    return name;
                }
            }
        }
        return "query";
    }
}
