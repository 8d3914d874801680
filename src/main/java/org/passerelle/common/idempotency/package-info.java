/**
 * Idempotency-Key handling for creates; the create and its record share one transaction, started in {@code
 * IdempotentCreates}.
 * <p>May import: other {@code common} packages only.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.common.idempotency;
