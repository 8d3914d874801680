/**
 * Small API records shared across features, such as the reference to an organisation that identity's
 * memberships and the catalogue's records both return.
 * <p>May import: nothing of Passerelle's own.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.common.api;
