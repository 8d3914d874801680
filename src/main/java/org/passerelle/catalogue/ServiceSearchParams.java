package org.passerelle.catalogue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.passerelle.common.http.PageParams;

/**
 * The raw query of {@code GET /services}. Everything is read as text and validated by
 * {@link ServiceCatalogue}, so every bad value gets a 400 naming its parameter.
 */
public class ServiceSearchParams extends PageParams {

    @RestQuery
    @Parameter(description = "Plain text to find in names and descriptions, in any language.", example = "logement")
    @Schema(maxLength = 200)
    public String q;

    @RestQuery
    @Parameter(description = "A kiosk domain code (see GET /themes).", example = "housing")
    public String domain;

    @RestQuery
    @Parameter(description = "A theme code (see GET /themes).", example = "language")
    public String theme;

    @RestQuery
    @Parameter(description = "A city; accents and case are ignored.", example = "Nancy")
    @Schema(maxLength = 200)
    public String city;

    @RestQuery
    @Parameter(description = "A region; accents and case are ignored.", example = "Grand Est")
    @Schema(maxLength = 200)
    public String region;

    @RestQuery
    @Parameter(description = "How people get in.", example = "walk-in")
    @Schema(enumeration = { "walk-in", "self-referral", "professional-referral", "committee" })
    public String accessMode;

    @RestQuery
    @Parameter(description = "The UUID or slug of the organisation that runs the service.", example = "la-cimade")
    public String organization;

    @RestQuery
    @Parameter(description = "The record status; active by default.", example = "active")
    @Schema(enumeration = { "active", "temporarily-closed", "inactive", "defunct" }, defaultValue = "active")
    public String status;

    @RestQuery
    @Parameter(description = "Sort by distance from this point, \"latitude,longitude\" (services without "
            + "coordinates come last).", example = "48.6921,6.1844")
    @Schema(pattern = "-?\\d{1,2}(\\.\\d+)?,-?\\d{1,3}(\\.\\d+)?")
    public String near;

    @RestQuery
    @Parameter(description = "With near: only services within this many kilometres.", example = "50")
    @Schema(type = SchemaType.NUMBER, minimum = "0.1", maximum = "2000")
    public String radiusKm;

    @RestQuery
    @Parameter(description = "true: only services holding a permanence now (in the place's time zone).",
            example = "true")
    @Schema(enumeration = { "true", "false" })
    public String openNow;

    /** The query parameters read here, paging included. */
    public static final java.util.Set<String> NAMES = java.util.Set.of("q", "domain", "theme", "city", "region",
            "accessMode", "organization", "status", "near", "radiusKm", "openNow", "page", "size");

    /** The same parameters read from a plain query (the cached fast path runs before the REST layer). */
    public static ServiceSearchParams of(java.util.function.Function<String, String> query) {
        ServiceSearchParams params = new ServiceSearchParams();
        params.q = query.apply("q");
        params.domain = query.apply("domain");
        params.theme = query.apply("theme");
        params.city = query.apply("city");
        params.region = query.apply("region");
        params.accessMode = query.apply("accessMode");
        params.organization = query.apply("organization");
        params.status = query.apply("status");
        params.near = query.apply("near");
        params.radiusKm = query.apply("radiusKm");
        params.openNow = query.apply("openNow");
        params.page = query.apply("page");
        params.size = query.apply("size");
        return params;
    }

    /**
     * Every parameter that shapes the answer, for the result cache. "openNow" answers change with the
     * clock, so they are keyed by the minute.
     */
    public String cacheKey() {
        String minute = "true".equalsIgnoreCase(openNow == null ? null : openNow.trim())
                ? String.valueOf(System.currentTimeMillis() / 60_000) : "";
        return String.join("\u0000", String.valueOf(q), String.valueOf(domain), String.valueOf(theme),
                String.valueOf(city), String.valueOf(region), String.valueOf(accessMode), String.valueOf(organization),
                String.valueOf(status), String.valueOf(near), String.valueOf(radiusKm), String.valueOf(openNow),
                minute, String.valueOf(page), String.valueOf(size));
    }
}
