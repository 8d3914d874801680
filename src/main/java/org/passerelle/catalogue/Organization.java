package org.passerelle.catalogue;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.passerelle.catalogue.vocabulary.OrganizationKind;

/** An organisation that runs services. Its e-mail and phone are the organisation's, never a person's. */
@Entity
@Table(name = "organization")
public class Organization extends CatalogueRecord {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public OrganizationKind kind;

    @Column(name = "kind_note")
    public String kindNote;

    public String website;
    public String email;
    public String phone;

    @Embedded
    public Territory territory = new Territory();

    public String department;

    @Column(name = "territory_note")
    public String territoryNote;

    @Column(name = "source_file")
    public String sourceFile;

    @Column(name = "source_section")
    public String sourceSection;

    @ElementCollection
    @CollectionTable(name = "organization_text", joinColumns = @JoinColumn(name = "organization_id"))
    @MapKeyColumn(name = "lang")
    @Column(name = "description", nullable = false)
    public Map<String, String> descriptions = new HashMap<>();

    @Override
    protected void refreshDerived() {
        territory.refreshKeys();
    }
}
