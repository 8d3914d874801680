package org.passerelle.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One of the 8 needs the kiosk's first screen shows; it groups theme codes (docs/architecture.md §9). */
@Entity
@Table(name = "kiosk_domain")
public class KioskDomain {

    @Id
    public String code;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    public String icon;

    @ElementCollection
    @CollectionTable(name = "kiosk_domain_label", joinColumns = @JoinColumn(name = "domain_code"))
    @MapKeyColumn(name = "lang")
    @Column(name = "label", nullable = false)
    public Map<String, String> labels = new HashMap<>();

    @OneToMany(mappedBy = "domain")
    @OrderBy("sortOrder")
    public List<Theme> themes = new ArrayList<>();
}
