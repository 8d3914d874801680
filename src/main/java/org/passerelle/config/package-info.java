/**
 * Passerelle's typed configuration ({@code passerelle.*}). Beside {@code common} at the ground.
 * <p>May import: {@code common} only.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.config;
