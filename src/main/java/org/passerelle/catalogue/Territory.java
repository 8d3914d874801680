package org.passerelle.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.passerelle.common.text.Keys;

/**
 * Where an offer or organisation works. No city, department or region means national. The *_key
 * columns are accent- and case-insensitive match keys, kept in step by {@link #refreshKeys()}.
 */
@Embeddable
public class Territory {

    public String city;

    @Column(name = "city_key")
    public String cityKey;

    public String region;

    @Column(name = "region_key")
    public String regionKey;

    public String country;

    public void refreshKeys() {
        cityKey = Keys.matchKey(city);
        regionKey = Keys.matchKey(region);
    }
}
