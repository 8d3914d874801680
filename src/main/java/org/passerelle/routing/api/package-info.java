/**
 * The API records of triage.
 * <p>May import: routing and what it may import.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.routing.api;
