package org.passerelle.catalogue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Weekly permanences in a location's own time zone. "Open now" converts the instant to local time
 * first, so a 14:00 slot stays at 14:00 on both sides of a daylight-saving change.
 */
public final class OpeningHours {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** One weekly slot. {@code weekday} is an RRULE BYDAY code (MO..SU). */
    public record Slot(String weekday, LocalTime opensAt, LocalTime closesAt, LocalDate validFrom, LocalDate validTo,
            boolean walkIn, boolean appointment, boolean interpreting) {
    }

    /** A closure, inclusive dates. */
    public record Closure(LocalDate startsOn, LocalDate endsOn, String reason) {
    }

    /** The permanences of one service at one location. */
    public record Hours(ZoneId zone, List<Slot> slots, List<Closure> closures, boolean illustrative) {

        /** When the service is open at {@code now}, the local time it closes. */
        public Optional<LocalTime> openUntil(Instant now) {
            ZonedDateTime local = now.atZone(zone);
            LocalDate day = local.toLocalDate();
            LocalTime time = local.toLocalTime();
            if (closures.stream().anyMatch(c -> !day.isBefore(c.startsOn()) && !day.isAfter(c.endsOn()))) {
                return Optional.empty();
            }
            return slots.stream()
                    .filter(s -> dayOf(s.weekday()) == day.getDayOfWeek())
                    .filter(s -> s.validFrom() == null || !day.isBefore(s.validFrom()))
                    .filter(s -> s.validTo() == null || !day.isAfter(s.validTo()))
                    .filter(s -> !time.isBefore(s.opensAt()) && time.isBefore(s.closesAt()))
                    .map(Slot::closesAt).findFirst();
        }
    }

    private OpeningHours() {
    }

    public static DayOfWeek dayOf(String byday) {
        return switch (byday) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("not an RRULE weekday: " + byday);
        };
    }

    /** The OSM opening_hours string (DORA and data·inclusion speak it), e.g. "Tu 14:00-17:00; Th 09:30-12:00". */
    public static String osm(List<Slot> slots) {
        return slots.stream()
                .sorted(java.util.Comparator.comparing((Slot s) -> dayOf(s.weekday())).thenComparing(Slot::opensAt))
                .map(s -> s.weekday().charAt(0) + s.weekday().substring(1).toLowerCase() + " "
                        + HH_MM.format(s.opensAt()) + "-" + HH_MM.format(s.closesAt()))
                .collect(Collectors.joining("; "));
    }
}
