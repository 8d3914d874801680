/**
 * Readiness checks over the routing snapshot and the search index. Above the feature packages, since it
 * reports on them.
 * <p>May import: any package except the application class.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.health;
