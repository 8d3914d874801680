package org.passerelle.catalogue;

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
}
