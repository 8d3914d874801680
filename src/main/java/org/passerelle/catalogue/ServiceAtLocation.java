package org.passerelle.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A service offered at a location, with its weekly permanences and closures (HSDS service_at_location). */
@Entity
@Table(name = "service_at_location")
public class ServiceAtLocation {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    public ServiceOffer service;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id")
    public Location location;

    @Column(nullable = false)
    public boolean illustrative;

    public String note;

    @ElementCollection
    @CollectionTable(name = "schedule_slot", joinColumns = @JoinColumn(name = "service_at_location_id"))
    @OrderColumn(name = "sort_order")
    public List<Slot> slots = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "schedule_closure", joinColumns = @JoinColumn(name = "service_at_location_id"))
    @OrderColumn(name = "sort_order")
    public List<Closure> closures = new ArrayList<>();

    public OpeningHours.Hours hours() {
        return new OpeningHours.Hours(ZoneId.of(location.timezone),
                slots.stream().map(s -> new OpeningHours.Slot(s.weekday, s.opensAt, s.closesAt, s.validFrom,
                        s.validTo, s.walkIn, s.appointment, s.interpreting)).toList(),
                closures.stream().map(c -> new OpeningHours.Closure(c.startsOn, c.endsOn, c.reason)).toList(),
                illustrative || location.illustrative);
    }

    @Embeddable
    public static class Slot {
        @Column(name = "weekday", nullable = false)
        public String weekday;
        @Column(name = "opens_at", nullable = false)
        public LocalTime opensAt;
        @Column(name = "closes_at", nullable = false)
        public LocalTime closesAt;
        @Column(name = "valid_from")
        public LocalDate validFrom;
        @Column(name = "valid_to")
        public LocalDate validTo;
        @Column(name = "walk_in", nullable = false)
        public boolean walkIn;
        @Column(name = "appointment", nullable = false)
        public boolean appointment;
        @Column(name = "interpreting", nullable = false)
        public boolean interpreting;
    }

    @Embeddable
    public static class Closure {
        @Column(name = "starts_on", nullable = false)
        public LocalDate startsOn;
        @Column(name = "ends_on", nullable = false)
        public LocalDate endsOn;
        @Column(name = "reason")
        public String reason;
    }
}
