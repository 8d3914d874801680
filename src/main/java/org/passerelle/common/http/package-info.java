/**
 * HTTP helpers: paging and query parameters, conditional JSON with ETags, body limits, client addresses,
 * rate limits, the SPA's cache rules, the camera policy of the desk's pages and the headers of the signed
 * link's page (/r/{token}: never stored, never indexed).
 * <p>May import: other {@code common} packages only.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.common.http;
