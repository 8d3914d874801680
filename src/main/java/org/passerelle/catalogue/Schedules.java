package org.passerelle.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.passerelle.catalogue.api.ScheduleInput;
import org.passerelle.common.problem.FieldErrors;

/**
 * Moves a service's schedule at a place between {@link ServiceAtLocation} and {@link ScheduleInput}, checks the
 * rules between values, and keeps the schedules in the audit state so a revert restores them.
 */
final class Schedules {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private Schedules() {
    }

    /**
     * What the audit trail keeps of one place's schedule: the input's lists, and whether the hours were the demo's
     * examples (with their note), so a revert gives back exactly what was there.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Kept(boolean illustrative, String note, List<ScheduleInput.Slot> slots, List<ScheduleInput.Closure> closures) {
    }

    /**
     * The rules Bean Validation cannot see, on the paths the client sent: a slot closes after it opens and its
     * dates are in order; two slots of the same day do not overlap while both hold; a closure ends on or after its
     * first day, and is temporary (a year at most).
     */
    static void validate(ScheduleInput in, FieldErrors errors) {
        List<ScheduleInput.Slot> slots = in.slots();
        for (int i = 0; i < slots.size(); i++) {
            ScheduleInput.Slot s = slots.get(i);
            if (s.opensAt().compareTo(s.closesAt()) >= 0) {
                errors.add("slots[" + i + "].closesAt", "must be after opensAt (" + s.opensAt() + ")");
                continue;
            }
            if (s.validFrom() != null && s.validTo() != null && s.validTo().isBefore(s.validFrom())) {
                errors.add("slots[" + i + "].validTo", "must not be before validFrom");
                continue;
            }
            for (int j = 0; j < i; j++) {
                ScheduleInput.Slot other = slots.get(j);
                if (other.weekday().equals(s.weekday()) && other.opensAt().compareTo(other.closesAt()) < 0
                        && s.opensAt().compareTo(other.closesAt()) < 0 && other.opensAt().compareTo(s.closesAt()) < 0
                        && periodsMeet(s, other)) {
                    errors.add("slots[" + i + "].opensAt", "overlaps slots[" + j + "] (" + other.opensAt() + "–"
                            + other.closesAt() + " the same day)");
                    break;
                }
            }
        }
        List<ScheduleInput.Closure> closures = in.closures();
        for (int i = 0; i < closures.size(); i++) {
            ScheduleInput.Closure c = closures.get(i);
            if (c.endsOn().isBefore(c.startsOn())) {
                errors.add("closures[" + i + "].endsOn", "must not be before startsOn");
            } else if (ChronoUnit.DAYS.between(c.startsOn(), c.endsOn()) >= ScheduleInput.CLOSURE_MAX_DAYS) {
                errors.add("closures[" + i + "].endsOn", "must be less than a year after startsOn; for longer, set "
                        + "the service's status to temporarily-closed");
            }
        }
    }

    /** Whether two slots' periods of validity share a day (an open end meets everything on its side). */
    private static boolean periodsMeet(ScheduleInput.Slot a, ScheduleInput.Slot b) {
        LocalDate aFrom = a.validFrom() == null ? LocalDate.MIN : a.validFrom();
        LocalDate aTo = a.validTo() == null ? LocalDate.MAX : a.validTo();
        LocalDate bFrom = b.validFrom() == null ? LocalDate.MIN : b.validFrom();
        LocalDate bTo = b.validTo() == null ? LocalDate.MAX : b.validTo();
        return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
    }

    /**
     * Sets the slots and closures as sent. The organisation now states these hours itself, so they are no longer
     * the demo's examples for this service (the place itself may still be an example, which the views say).
     */
    static void apply(ScheduleInput in, ServiceAtLocation at) {
        at.slots.clear();
        for (ScheduleInput.Slot s : in.slots()) {
            at.slots.add(slot(s));
        }
        at.closures.clear();
        for (ScheduleInput.Closure c : in.closures()) {
            at.closures.add(closure(c));
        }
        at.illustrative = false;
        at.note = null;
    }

    /** The schedule as the PUT takes it, in the order stored. */
    static ScheduleInput input(ServiceAtLocation at) {
        return new ScheduleInput(at.slots.stream().map(Schedules::slot).toList(),
                at.closures.stream().map(Schedules::closure).toList());
    }

    /** Every place's schedule by the place's slug (sorted, so the audit JSON is stable). */
    static Map<String, Kept> state(ServiceOffer s) {
        Map<String, Kept> state = new TreeMap<>();
        for (ServiceAtLocation at : s.locations) {
            ScheduleInput in = input(at);
            state.put(at.location.slug, new Kept(at.illustrative, at.note, in.slots(), in.closures()));
        }
        return state;
    }

    /** Gives one place's schedule back exactly as kept. */
    static void restore(Kept kept, ServiceAtLocation at) {
        apply(new ScheduleInput(kept.slots() == null ? List.of() : kept.slots(),
                kept.closures() == null ? List.of() : kept.closures()), at);
        at.illustrative = kept.illustrative();
        at.note = kept.note();
    }

    private static ServiceAtLocation.Slot slot(ScheduleInput.Slot s) {
        ServiceAtLocation.Slot slot = new ServiceAtLocation.Slot();
        slot.weekday = s.weekday();
        slot.opensAt = LocalTime.parse(s.opensAt());
        slot.closesAt = LocalTime.parse(s.closesAt());
        slot.validFrom = s.validFrom();
        slot.validTo = s.validTo();
        slot.walkIn = Boolean.TRUE.equals(s.walkIn());
        slot.appointment = Boolean.TRUE.equals(s.appointment());
        slot.interpreting = Boolean.TRUE.equals(s.interpreting());
        return slot;
    }

    private static ScheduleInput.Slot slot(ServiceAtLocation.Slot s) {
        return new ScheduleInput.Slot(s.weekday, HH_MM.format(s.opensAt), HH_MM.format(s.closesAt), s.validFrom,
                s.validTo, s.walkIn, s.appointment, s.interpreting);
    }

    private static ServiceAtLocation.Closure closure(ScheduleInput.Closure c) {
        ServiceAtLocation.Closure closure = new ServiceAtLocation.Closure();
        closure.startsOn = c.startsOn();
        closure.endsOn = c.endsOn();
        closure.reason = c.reason() == null || c.reason().isBlank() ? null : c.reason().strip();
        return closure;
    }

    private static ScheduleInput.Closure closure(ServiceAtLocation.Closure c) {
        return new ScheduleInput.Closure(c.startsOn, c.endsOn, c.reason);
    }
}
