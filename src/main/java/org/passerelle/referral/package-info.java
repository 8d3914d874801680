/**
 * Referral cases (decision 0015): cases opened under consent, referrals moved by commands, the partner's
 * frozen view, notes, the timeline and the access journal; and their reach (decision 0018): signed links
 * for partners without an account ({@code ReferralLinks}, {@code LinkTokens}), the loop's mail in French
 * with no personal data ({@code ReferralMail}, queued in {@code common.outbox}), the desk's notification
 * address ({@code DeskSettings}) and the deadlines job ({@code ReferralExpiry}: reminders, expiry, the
 * outcome reminder, under the job lease of decision 0017). A top package beside routing and interop.
 * <p>May import: {@code common}, {@code config}, {@code identity}, {@code audit}, {@code catalogue} and
 * {@code search}.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.referral;
