package org.passerelle.catalogue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.passerelle.common.http.PageRequest;
import org.passerelle.common.http.QueryBooleans;
import org.passerelle.common.problem.FieldErrors;

/**
 * The query of {@code GET /services}, normalised: text is stripped and a blank value is absent (null),
 * booleans follow the one rule of {@link QueryBooleans} and absent means false. The REST resource, the
 * cached fast path ({@code search.CachedSearchRoute}, through {@link #of}) and the result-cache key
 * ({@link #cacheKey}) all read this one record, and the key and {@link #of} are derived from its
 * components by reflection: a parameter added here is read by both paths and keyed, by construction.
 * Text is validated by {@link ServiceCatalogue}, so that every bad value is reported at once.
 * Each component's name is its query parameter's name.
 */
public record ServiceSearchParams(
        @RestQuery
        @Parameter(description = "Plain text to find in names and descriptions, in any language. Words are "
                + "plain words: AND, OR, NOT, quotes, brackets and wildcards have no special meaning.",
                example = "logement")
        @Schema(maxLength = 200)
        String q,

        @RestQuery
        @Parameter(description = "A kiosk domain code (see GET /themes).", example = "housing")
        String domain,

        @RestQuery
        @Parameter(description = "A theme code (see GET /themes).", example = "language")
        String theme,

        @RestQuery
        @Parameter(description = "A city; accents and case are ignored.", example = "Nancy")
        @Schema(maxLength = 200)
        String city,

        @RestQuery
        @Parameter(description = "A region; accents and case are ignored.", example = "Grand Est")
        @Schema(maxLength = 200)
        String region,

        @RestQuery
        @Parameter(description = "How people get in.", example = "walk-in")
        @Schema(enumeration = { "walk-in", "self-referral", "professional-referral", "committee" })
        String accessMode,

        @RestQuery
        @Parameter(description = "The UUID or slug of the organisation that runs the service.", example = "la-cimade")
        @Schema(maxLength = 200)
        String organization,

        @RestQuery
        @Parameter(description = "The record status; active by default.", example = "active")
        @Schema(enumeration = { "active", "temporarily-closed", "inactive", "defunct" }, defaultValue = "active")
        String status,

        @RestQuery
        @Parameter(description = "Sort by distance from this point, \"latitude,longitude\" (services without "
                + "coordinates come last).", example = "48.6921,6.1844")
        // Degrees within ±90 and ±180, as the server checks them.
        @Schema(pattern = "-?(90(\\.0+)?|[1-8]?\\d(\\.\\d+)?),-?(180(\\.0+)?|(1[0-7]\\d|[1-9]?\\d)(\\.\\d+)?)")
        String near,

        @RestQuery
        @Parameter(description = "With near: only services within this many kilometres.", example = "50")
        @Schema(type = SchemaType.NUMBER, minimum = "0.1", maximum = "2000")
        String radiusKm,

        // Named explicitly: a ParamConverter sees the annotation, not the component, and names the parameter in its 400.
        @RestQuery("openNow")
        @Parameter(description = "true: only services holding a permanence now (in the place's time zone); "
                + "false by default. " + QueryBooleans.RULE, example = "true")
        @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")
        Boolean openNow,

        @RestQuery
        @Parameter(description = "A BCP-47 language tag: only services that say they work in this language. A "
                + "language matches its regional variants (ar matches ar-SY) and prs is read as fa-AF (Dari). "
                + "Few sources say which languages a service works in: most services state none and are left out.",
                example = "ar")
        // What LanguageSelection.canonical accepts, as for lang: language, script, region, variants.
        @Schema(maxLength = 35,
                pattern = "[A-Za-z]{2,3}([-_][A-Za-z]{4})?([-_]([A-Za-z]{2}|[0-9]{3}))?([-_]([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*")
        String language,

        @RestQuery
        @Parameter(description = "The page number, from 1.", example = "1")
        @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000", defaultValue = "1")
        String page,

        @RestQuery
        @Parameter(description = "The page size, at most 100.", example = "20")
        @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")
        String size) {

    private static final RecordComponent[] COMPONENTS = ServiceSearchParams.class.getRecordComponents();
    private static final Constructor<ServiceSearchParams> CANONICAL = canonical();

    /** The query parameters read here, paging included: the record's components. */
    public static final Set<String> NAMES = Arrays.stream(COMPONENTS).map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    public ServiceSearchParams {
        q = text(q);
        domain = text(domain);
        theme = text(theme);
        city = text(city);
        region = text(region);
        accessMode = text(accessMode);
        organization = text(organization);
        status = text(status);
        near = text(near);
        radiusKm = text(radiusKm);
        openNow = Boolean.TRUE.equals(openNow);
        language = text(language);
        page = text(page);
        size = text(size);
    }

    /**
     * The same record read from a plain query (the cached fast path runs before the REST layer), with the
     * same conversions as the REST layer's.
     *
     * @throws jakarta.ws.rs.WebApplicationException when a value breaks a conversion rule (the resource
     *         then answers the 400)
     */
    public static ServiceSearchParams of(Function<String, String> query) {
        Object[] values = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            String name = COMPONENTS[i].getName();
            String raw = query.apply(name);
            values[i] = COMPONENTS[i].getType() == Boolean.class
                    // Empty is absent, as Quarkus REST reads it for a non-String parameter.
                    ? (raw == null || raw.isEmpty() ? null : QueryBooleans.parse(name, raw))
                    : raw;
        }
        try {
            return CANONICAL.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public PageRequest pageRequest(FieldErrors errors) {
        return PageRequest.parse(page, size, errors);
    }

    /**
     * Every component, in order, as {@code name=<length>:value}, or {@code name-} when absent: an injective
     * encoding, so two records share a key only when they are equal (an absent value never looks like
     * "null", "" or any other text). The answer is a function of this record (plus the languages and the
     * index generation, which {@code SearchResultCache} adds), so a shared key means the same answer.
     * "openNow" answers change with the clock, so they are keyed by the minute too.
     */
    public String cacheKey() {
        StringBuilder key = new StringBuilder(64);
        for (RecordComponent component : COMPONENTS) {
            Object value;
            try {
                value = component.getAccessor().invoke(this);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            key.append(component.getName());
            if (value == null) {
                key.append('-');
            } else {
                String text = value.toString();
                key.append('=').append(text.length()).append(':').append(text);
            }
            key.append('&');
        }
        if (openNow) {
            key.append("minute=").append(System.currentTimeMillis() / 60_000);
        }
        return key.toString();
    }

    /** Surrounding white space is dropped, and a blank value is no value. */
    private static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String stripped = raw.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static Constructor<ServiceSearchParams> canonical() {
        Class<?>[] types = Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new);
        for (Class<?> type : types) {
            if (type != String.class && type != Boolean.class) {
                // of() converts text and booleans only; a new kind of parameter must be taught there first.
                throw new IllegalStateException("ServiceSearchParams.of cannot read a " + type.getSimpleName());
            }
        }
        try {
            return ServiceSearchParams.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The components, for tests. */
    static List<RecordComponent> components() {
        return List.of(COMPONENTS);
    }
}
