/**
 * Test-only fixture that breaks the package ladder on purpose (ArchitectureTest proves the rules catch it):
 * {@code common} imports {@code catalogue} (an import running back up) and {@code catalogue} and
 * {@code search} import each other (a cycle). Never imported by the real code, which the same rules check.
 */
package org.passerelle.archfixture;
