package org.passerelle.catalogue.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where and when a service holds its permanences (HSDS service_at_location with its schedule). */
@Schema(name = "ServiceLocation", description = "A place where the service is held, its weekly permanences in the "
        + "place's time zone, closures, and whether it is open now. Illustrative records are example hours.")
public record LocationView(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "guichet-unique-nancy-exemple") String slug,
        @Schema(required = true) String name,
        String address1,
        String postalCode,
        String city,
        String country,
        Double latitude,
        Double longitude,
        @Schema(required = true, description = "IANA time zone of the hours.", example = "Europe/Paris") String timezone,
        String accessibilityNote,
        @Schema(required = true, description = "Example hours, not from the sources: say so on screen.")
        boolean illustrative,
        @Schema(required = true, description = "Open at the time of the response.") boolean openNow,
        @Schema(description = "Local closing time when open now.", example = "17:00") String openUntil,
        @Schema(required = true, description = "The hours as an OSM opening_hours string.",
                example = "Tu 14:00-17:00") String openingHours,
        @Schema(required = true) List<SlotView> slots,
        @Schema(required = true) List<ClosureView> closures) {

    /** The same place with whether it is open at another moment. */
    public LocationView withOpenNow(boolean open, String until) {
        return new LocationView(id, slug, name, address1, postalCode, city, country, latitude, longitude, timezone,
                accessibilityNote, illustrative, open, until, openingHours, slots, closures);
    }

    @Schema(name = "ScheduleSlot", description = "A weekly slot (RRULE BYDAY), how people come, and interpreting.")
    public record SlotView(
            @Schema(required = true, example = "TU") String weekday,
            @Schema(required = true, example = "14:00") String opensAt,
            @Schema(required = true, example = "17:00") String closesAt,
            LocalDate validFrom,
            LocalDate validTo,
            @Schema(required = true) boolean walkIn,
            @Schema(required = true) boolean appointment,
            @Schema(required = true) boolean interpreting) {
    }

    @Schema(name = "ScheduleClosure", description = "A temporary closure, inclusive dates.")
    public record ClosureView(@Schema(required = true) LocalDate startsOn, @Schema(required = true) LocalDate endsOn,
            String reason) {
    }
}
