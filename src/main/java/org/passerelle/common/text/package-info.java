/**
 * Coded vocabularies (an enum with a wire code, and its JPA converter) and text keys.
 * <p>May import: other {@code common} packages only.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.common.text;
