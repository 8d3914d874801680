/**
 * Organisations, services, locations, initiatives and themes: public reads and partner writes, each write
 * audited and revertible. It owns the search ports ({@code ServiceFinder}, {@code SearchResults}, with
 * {@code SearchQuery} and {@code SearchHits}) that the search package implements, so it never imports the
 * index built from it.
 * <p>May import: {@code common}, {@code config}, {@code identity} and {@code audit}.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.catalogue;
