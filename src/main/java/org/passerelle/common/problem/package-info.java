/**
 * The one error shape: application/problem+json (RFC 9457) with field-level errors, and the mappers that
 * turn every failure into it.
 * <p>May import: other {@code common} packages only.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.common.problem;
