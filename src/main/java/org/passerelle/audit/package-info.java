/**
 * The trail of writes (AuditTrail, AuditEvent), its reading and revert (AuditService, AuditResource) and the
 * revert contract ({@code Revertible}) that the catalogue implements for its record types, so audit never
 * imports the catalogue. Also records membership changes from identity's events.
 * <p>May import: {@code common}, {@code config} and {@code identity}.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.audit;
