/**
 * Referral cases: the consent recorded with the case, referrals moved by commands, notes, the timeline, the
 * access journal (decision 0015); the person's withdrawal of consent, the nightly retention job and the GDPR
 * export and erasure (decision 0019). A top package beside routing and interop.
 * <p>May import: {@code common}, {@code config}, {@code identity}, {@code audit}, {@code catalogue} and
 * {@code search}.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.referral;
