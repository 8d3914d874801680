/**
 * The in-process Lucene index over the catalogue, the search over it, the result cache and the cached fast
 * path; it implements the catalogue's search ports.
 * <p>May import: {@code common}, {@code config}, {@code identity}, {@code audit} and {@code catalogue}.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.search;
