/**
 * The API records (views and inputs) of the catalogue, separate from its entities.
 * <p>May import: the catalogue and what it may import.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.catalogue.api;
