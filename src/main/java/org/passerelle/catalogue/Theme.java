package org.passerelle.catalogue;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A theme code of the data (housing, language, rights...), under one kiosk domain. */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    public String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_code")
    public KioskDomain domain;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Version
    @Column(nullable = false)
    public int version;

    @ElementCollection
    @CollectionTable(name = "theme_label", joinColumns = @JoinColumn(name = "theme_code"))
    @MapKeyColumn(name = "lang")
    @Column(name = "label", nullable = false)
    public Map<String, String> labels = new HashMap<>();
}
