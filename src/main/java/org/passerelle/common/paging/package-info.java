/**
 * One page of a list ({@code PageView}), shared by every list endpoint.
 * <p>May import: other {@code common} packages only.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.common.paging;
