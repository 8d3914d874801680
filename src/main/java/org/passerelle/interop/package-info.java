/**
 * Data in and out: the demo catalogue loader and its mapping (later HSDS and data·inclusion, webhooks). A
 * top package beside routing and referral.
 * <p>May import: {@code common}, {@code config}, {@code identity}, {@code audit}, {@code catalogue} and
 * {@code search}.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.interop;
