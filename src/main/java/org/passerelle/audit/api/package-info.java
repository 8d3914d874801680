/**
 * The API record of an audit event.
 * <p>May import: its own package, {@code common}, {@code identity}.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.audit.api;
