/**
 * Triage: a needs profile to a plan of offers with verdicts and reasons, over a snapshot of the catalogue,
 * and the unmet-needs counts. A top package: its peers (referral, interop) do not import it, nor it them.
 * <p>May import: {@code common}, {@code config}, {@code identity}, {@code audit}, {@code catalogue} and
 * {@code search}.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.routing;
