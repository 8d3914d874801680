package org.passerelle.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A place where services are delivered (HSDS location), with its IANA time zone. */
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
}
