/**
 * Conventions applied to the generated contract (openapi/openapi.yaml).
 * <p>May import: other {@code common} packages only.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.common.openapi;
