/**
 * Who is calling: actors, roles, the current actor, the memberships that say which organisation a user or
 * API client acts for (by organisation id, through the {@code OrganizationDirectory} port that the catalogue
 * implements), the "me" and membership resources, login routes, CSRF and the malformed bearer guard.
 * Membership changes are announced as {@code MembershipChanged} events, which the audit package records.
 * <p>May import: {@code common} and {@code config}.
 * The ladder is docs/decisions/0010-package-ladder.md, enforced by ArchitectureTest.
 */
package org.passerelle.identity;
