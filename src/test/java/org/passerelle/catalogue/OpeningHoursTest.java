package org.passerelle.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** "Open now" with a fixed clock, on both sides of the daylight-saving changes of Europe/Paris. */
class OpeningHoursTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Sundays 10:00-12:00 and Tuesdays 14:00-17:00, walk-in. */
    static final OpeningHours.Hours HOURS = new OpeningHours.Hours(PARIS, List.of(
            new OpeningHours.Slot("SU", LocalTime.of(10, 0), LocalTime.of(12, 0), null, null, true, false, false),
            new OpeningHours.Slot("TU", LocalTime.of(14, 0), LocalTime.of(17, 0), null, null, true, false, true)),
            List.of(new OpeningHours.Closure(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 2), "holidays")),
            true);

    @Test
    void shouldKeepLocalHoursAcrossTheSpringChange() {
        // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST. 10:30 local is 08:30 UTC that day.
        assertEquals(Optional.of(LocalTime.of(12, 0)), HOURS.openUntil(Instant.parse("2026-03-29T08:30:00Z")));
        assertTrue(HOURS.openUntil(Instant.parse("2026-03-29T07:30:00Z")).isEmpty(), "09:30 local: not yet");
        // The Sunday before, in winter time, 10:30 local is 09:30 UTC.
        assertTrue(HOURS.openUntil(Instant.parse("2026-03-22T09:30:00Z")).isPresent());
        assertTrue(HOURS.openUntil(Instant.parse("2026-03-22T08:30:00Z")).isEmpty(), "09:30 local in winter");
    }

    @Test
    void shouldKeepLocalHoursAcrossTheAutumnChange() {
        // 25 October 2026: clocks go back from 03:00 CEST to 02:00 CET. 11:59 local is 10:59 UTC.
        assertTrue(HOURS.openUntil(Instant.parse("2026-10-25T10:59:00Z")).isPresent());
        assertTrue(HOURS.openUntil(Instant.parse("2026-10-25T11:00:00Z")).isEmpty(), "12:00 local: closed");
        // Tuesday after: 16:59 CET is 15:59 UTC; in summer that instant would have been 17:59.
        assertTrue(HOURS.openUntil(Instant.parse("2026-10-27T15:59:00Z")).isPresent());
        assertTrue(HOURS.openUntil(Instant.parse("2026-10-20T15:59:00Z")).isEmpty(), "17:59 CEST: closed");
    }

    @Test
    void shouldHonourClosuresAndTheClosingMinute() {
        assertTrue(HOURS.openUntil(Instant.parse("2026-12-29T14:00:00Z")).isEmpty(), "closed for the holidays");
        assertTrue(HOURS.openUntil(Instant.parse("2027-01-05T14:00:00Z")).isPresent(), "open again after");
        assertTrue(HOURS.openUntil(Instant.parse("2026-12-01T13:00:00Z")).isPresent(), "14:00 local: opens");
        assertTrue(HOURS.openUntil(Instant.parse("2026-12-01T16:00:00Z")).isEmpty(), "17:00 local: closed");
    }

    @Test
    void shouldWriteOsmOpeningHours() {
        assertEquals("Tu 14:00-17:00; Su 10:00-12:00", OpeningHours.osm(HOURS.slots()));
        assertFalse(OpeningHours.osm(List.of()).contains("null"));
    }
}
