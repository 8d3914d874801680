/**
 * HTTP helpers: paging and query parameters, conditional JSON with ETags, body limits, client addresses and
 * rate limits.
 * <p>May import: other {@code common} packages only.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.common.http;
