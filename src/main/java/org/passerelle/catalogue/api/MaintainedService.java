package org.passerelle.catalogue.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.passerelle.catalogue.vocabulary.TextOrigin;
import org.passerelle.common.api.Refs;

/**
 * A service as its organisation maintains it, for an editing screen or a partner's system: the fields exactly as
 * PUT /services/{id} takes them (every language, not one picked for a reader), where each text comes from, and
 * each place's schedule as PUT .../schedule takes it. The server's own values (dates, version, the derived
 * capacity signal) come with it, read-only.
 */
@Schema(name = "MaintainedService", description = "A service as its organisation maintains it: fields holds exactly "
        + "what PUT /api/v1/services/{idOrSlug} takes (send it back with your changes), texts says where the text in "
        + "each language comes from, and locations gives each place's schedule as PUT .../locations/{location}/schedule "
        + "takes it. The rest is the server's, read-only. Its ETag is the version to send in If-Match.")
public record MaintainedService(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "cimade-permanences-juridiques") String slug,
        @Schema(required = true) Refs.OrganizationRef organization,
        @Schema(required = true, description = "The maintained fields, in every language the service has.")
        ServiceInput fields,
        @Schema(required = true, description = "Where the name and description in each language come from, by "
                + "BCP-47 tag: source (the organisation's own words: change them with PUT /services/{idOrSlug}), "
                + "machine (an automatic translation nobody checked) or reviewed (checked; change it with PUT "
                + ".../translations/{lang}).")
        Map<String, TextStatus> texts,
        @Schema(required = true, description = "The places where the service is held, by slug, with their schedules.")
        List<PlaceSchedule> locations,
        @Schema(description = "Derived, read-only: recent declines of referrals for lack of capacity, a score that each "
                + "such decline raises by 1 and that halves every 14 days; null when there was none.", example = "1.4")
        Double recentCapacityDeclines,
        @Schema(required = true, description = "The source document the record was first taken from, with its date.")
        SourceView source,
        @Schema(required = true, description = "Paths of the fields that were deduced rather than read; a PUT clears "
                + "them, since the organisation then states every field.", example = "[\"access.mode\"]")
        List<String> inferred,
        @Schema(required = true, description = "The last change in Passerelle.") Instant updatedAt,
        @Schema(required = true, description = "The version to send in If-Match.") int version) {

    @Schema(name = "TextStatus", description = "Where a text comes from; a reviewed one names who reviewed it (an "
            + "account id, never a person's name) and the day.")
    public record TextStatus(
            @Schema(required = true, example = "machine") TextOrigin origin,
            @Schema(description = "The account that reviewed the translation.") String reviewedBy,
            @Schema(description = "The day it was reviewed (UTC).") LocalDate reviewedOn) {
    }

    @Schema(name = "PlaceSchedule", description = "A place where the service is held, and its schedule there.")
    public record PlaceSchedule(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "guichet-unique-nancy-exemple") String slug,
            @Schema(required = true) String name,
            String address1,
            String postalCode,
            String city,
            @Schema(required = true, description = "IANA time zone of the times.", example = "Europe/Paris")
            String timezone,
            @Schema(required = true, description = "The place, or these hours, are examples, not from the sources: "
                    + "say so on screen.") boolean illustrative,
            @Schema(required = true) ScheduleInput schedule) {
    }
}
