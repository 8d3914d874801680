package org.passerelle.catalogue.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A service's schedule at one place (HSDS service_at_location with its schedules): the weekly slots, in the
 * place's own time zone, and the temporary closures. A PUT replaces both lists. Bean Validation checks each
 * value alone; the rules between values (a slot closes after it opens, a closure ends on or after its first
 * day, two slots of a day do not overlap) are the editor's, with the same field paths.
 */
@Schema(name = "ScheduleInput", description = "The weekly slots and temporary closures of a service at one place. "
        + "Times are local to the place's time zone (see the place's timezone), so they stay right across daylight "
        + "saving. A PUT replaces both lists; send empty lists to say the service holds no slot there.")
public record ScheduleInput(
        @NotNull(message = "is required") @Size(max = MAX_SLOTS, message = "must hold at most 42 slots")
        @Schema(required = true, description = "Weekly slots, at most 42 (six a day).")
        List<@NotNull(message = "must not be null") @Valid Slot> slots,
        @NotNull(message = "is required") @Size(max = MAX_CLOSURES, message = "must hold at most 20 closures")
        @Schema(required = true, description = "Temporary closures, at most 20.")
        List<@NotNull(message = "must not be null") @Valid Closure> closures) {

    public static final int MAX_SLOTS = 42;
    public static final int MAX_CLOSURES = 20;
    public static final int REASON_MAX = 200;
    /** A closure is temporary: longer than this, the service's status says it (temporarily-closed). */
    public static final int CLOSURE_MAX_DAYS = 366;
    public static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
    public static final String TIME_MESSAGE = "must be a time HH:MM such as 09:30";
    public static final String WEEKDAY = "MO|TU|WE|TH|FR|SA|SU";

    @Schema(name = "ScheduleSlotInput", description = "One weekly slot (RRULE FREQ=WEEKLY;BYDAY=weekday), optionally "
            + "only between two dates, with how people come and whether an interpreter is there.")
    public record Slot(
            @NotNull(message = "is required") @Pattern(regexp = WEEKDAY, message = "must be one of MO, TU, WE, TH, FR, SA, SU")
            @Schema(required = true, description = "An RRULE BYDAY code.", example = "TU",
                    enumeration = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" }) String weekday,
            @NotNull(message = "is required") @Pattern(regexp = TIME, message = TIME_MESSAGE)
            @Schema(required = true, description = "Local time, HH:MM (24 hours).", example = "14:00") String opensAt,
            @NotNull(message = "is required") @Pattern(regexp = TIME, message = TIME_MESSAGE)
            @Schema(required = true, description = "Local time, HH:MM, after opensAt.", example = "17:00") String closesAt,
            @Schema(description = "First day the slot holds; null when it always has.", example = "2026-09-01")
            LocalDate validFrom,
            @Schema(description = "Last day the slot holds; null when open-ended.", example = "2027-06-30")
            LocalDate validTo,
            @Schema(description = "People may come without an appointment; false when null.") Boolean walkIn,
            @Schema(description = "By appointment; false when null.") Boolean appointment,
            @Schema(description = "An interpreter is there; false when null.") Boolean interpreting) {
    }

    @Schema(name = "ScheduleClosureInput", description = "A temporary closure, inclusive dates, at most a year long.")
    public record Closure(
            @NotNull(message = "is required") @Schema(required = true, example = "2026-12-24") LocalDate startsOn,
            @NotNull(message = "is required") @Schema(required = true, description = "On or after startsOn.",
                    example = "2027-01-02") LocalDate endsOn,
            @Size(max = REASON_MAX, message = "must be at most 200 characters")
            @Schema(description = "Why, in a few words; shown as written.", example = "Fermeture de fin d'année")
            String reason) {
    }
}
