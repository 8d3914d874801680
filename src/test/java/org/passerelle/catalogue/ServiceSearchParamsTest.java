package org.passerelle.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.WebApplicationException;

import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

/**
 * The search parameters as one record (plain JUnit): the cache key and the fast path's reading are
 * derived from its components, so a parameter added to the record is keyed and read without more code.
 */
class ServiceSearchParamsTest {

    /** Values that must never share a key with each other nor with absence, for any parameter. */
    static final List<String> DISTINCT = List.of("null", "NULL", "x", "x\u0000", "1", "true", "-", "=0:", "a&b",
            "null&q-", "work", "work work");

    static ServiceSearchParams only(String name, String value) {
        return ServiceSearchParams.of(Map.of(name, value)::get);
    }

    static final ServiceSearchParams NONE = ServiceSearchParams.of(n -> null);

    @Test
    void everyComponentIsAQueryParameterOfTheSameName() {
        for (RecordComponent component : ServiceSearchParams.components()) {
            RestQuery query = field(component).getAnnotation(RestQuery.class);
            assertNotNull(query, component.getName() + " is read from the query");
            assertTrue(query.value().isEmpty() || query.value().equals(component.getName()), component.getName());
        }
        assertEquals(ServiceSearchParams.components().stream().map(RecordComponent::getName).collect(Collectors.toSet()),
                ServiceSearchParams.NAMES);
        assertEquals(Set.of("q", "domain", "theme", "city", "region", "accessMode", "organization", "status", "near",
                "radiusKm", "openNow", "language", "page", "size"), ServiceSearchParams.NAMES);
    }

    @Test
    void theFastPathReadsEveryParameter() {
        for (RecordComponent component : ServiceSearchParams.components()) {
            String name = component.getName();
            ServiceSearchParams read = only(name, component.getType() == Boolean.class ? "true" : "v");
            for (RecordComponent other : ServiceSearchParams.components()) {
                Object value = value(other, read);
                Object expected = !other.getName().equals(name) ? value(other, NONE)
                        : other.getType() == Boolean.class ? Boolean.TRUE : "v";
                assertEquals(expected, value, name + " sets " + other.getName());
            }
        }
    }

    @Test
    void twoQueriesDifferingInAnyOneParameterNeverShareAKey() {
        for (String name : ServiceSearchParams.NAMES) {
            Set<String> keys = new HashSet<>();
            keys.add(NONE.cacheKey());
            List<String> values = name.equals("openNow") ? List.of("true") : DISTINCT;
            for (String value : values) {
                assertTrue(keys.add(only(name, value).cacheKey()), name + "=" + value + " shares a key");
            }
        }
    }

    @Test
    void absentIsNeverTheWordNull() {
        for (String name : ServiceSearchParams.NAMES) {
            if (!name.equals("openNow")) {
                assertNotEquals(NONE.cacheKey(), only(name, "null").cacheKey(), name);
                assertNotEquals(only(name, "null").cacheKey(), only(name, "nul").cacheKey(), name);
            }
        }
        // The old key joined String.valueOf(each): q=null and "q absent" were the same text.
        assertNotEquals(new ServiceSearchParams(null, "work", null, null, null, null, null, null, null, null, null,
                null, null, null).cacheKey(),
                new ServiceSearchParams(null, "work", null, null, "null", null, null, null, null, null, null, null,
                        null, null).cacheKey());
    }

    @Test
    void aBlankValueIsNormalisedToAbsentAndTextIsStripped() {
        // The same question, so the same record, key and answer: blank text reads as no filter.
        for (String name : ServiceSearchParams.NAMES) {
            if (!name.equals("openNow")) {
                for (String blank : List.of("", " ", "\t", "\u2003")) {
                    assertEquals(NONE, only(name, blank), name + "=\"" + blank + "\"");
                }
                assertEquals(only(name, "work"), only(name, "  work\t"), name);
            }
        }
        assertEquals(NONE, only("openNow", "false"), "openNow is false when absent");
        assertEquals(Boolean.FALSE, NONE.openNow());
    }

    @Test
    void theFastPathRefusesABadBooleanAsTheResourceDoes() {
        for (String bad : List.of("yes", "1", " ", " true", "null")) {
            assertThrows(WebApplicationException.class, () -> only("openNow", bad), bad);
        }
        // Quarkus REST reads an empty value of a non-String parameter as absent: so does the fast path.
        assertEquals(NONE, only("openNow", ""));
        assertEquals(only("openNow", "true"), only("openNow", "TRUE"));
    }

    @Test
    void theLanguageFilterIsKeyedAndReadByTheFastPathWithoutMoreCode() {
        // Issue 14: language joined the record; nothing else was written for the key or the fast path.
        assertEquals("ar", only("language", " ar ").language());
        assertNotEquals(NONE.cacheKey(), only("language", "ar").cacheKey());
        assertNotEquals(only("language", "ar").cacheKey(), only("language", "uk").cacheKey());
        assertNotEquals(only("language", "ar").cacheKey(), only("q", "ar").cacheKey());
    }

    @Test
    void openNowIsKeyedByTheMinute() {
        assertTrue(only("openNow", "true").cacheKey().contains("minute="));
        assertTrue(!NONE.cacheKey().contains("minute="));
    }

    private static java.lang.reflect.Field field(RecordComponent component) {
        try {
            return ServiceSearchParams.class.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    private static Object value(RecordComponent component, ServiceSearchParams params) {
        try {
            return component.getAccessor().invoke(params);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
