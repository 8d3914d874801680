package org.passerelle.catalogue;

/** Fired when the catalogue changed, so in-memory views (the routing snapshot) rebuild. */
public record CatalogueChanged(String entityType) {
}
