/**
 * Referral cases, consent and their journal (to come: empty today). A top package beside routing and interop.
 * <p>May import: {@code common}, {@code config}, {@code identity}, {@code audit}, {@code catalogue} and
 * {@code search}.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.referral;
