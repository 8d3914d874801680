/**
 * The API records of identity: me, memberships.
 * <p>May import: its own package, {@code common}.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.identity.api;
