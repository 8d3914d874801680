package org.passerelle.catalogue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A place where services are delivered (HSDS location), with its IANA time zone, and its own opening
 * hours when it is a desk people can come to (HSDS schedule by location): the one-stop-shop desk.
 */
@Entity
@Table(name = "location")
public class Location extends CatalogueRecord {

    @Column(nullable = false)
    public String name;

    @Column(name = "address_1")
    public String address1;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;
    public String region;
    public String country;
    public Double latitude;
    public Double longitude;

    @Column(nullable = false)
    public String timezone;

    @Column(name = "accessibility_note")
    public String accessibilityNote;

    /** An example record: every screen that shows it says so (docs/architecture.md §9). */
    @Column(nullable = false)
    public boolean illustrative;

    @Column(name = "source_note")
    public String sourceNote;

    /** The place's own weekly hours (the desk's), apart from the permanences services hold there. */
    @ElementCollection
    @CollectionTable(name = "location_slot", joinColumns = @JoinColumn(name = "location_id"))
    @OrderColumn(name = "sort_order")
    public List<ServiceAtLocation.Slot> slots = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "location_closure", joinColumns = @JoinColumn(name = "location_id"))
    @OrderColumn(name = "sort_order")
    public List<ServiceAtLocation.Closure> closures = new ArrayList<>();

    /** The place's own hours in its time zone; empty slots when it states none. */
    public OpeningHours.Hours hours() {
        return new OpeningHours.Hours(ZoneId.of(timezone),
                slots.stream().map(s -> new OpeningHours.Slot(s.weekday, s.opensAt, s.closesAt, s.validFrom,
                        s.validTo, s.walkIn, s.appointment, s.interpreting)).toList(),
                closures.stream().map(c -> new OpeningHours.Closure(c.startsOn, c.endsOn, c.reason)).toList(),
                illustrative);
    }
}
