// Memberships: who (a user's OIDC subject, or an API client's id) acts for which organisation. The list is
// short and whole (the API does not page it), so it is filtered here, in the page, as the coordinator types.
import * as v from 'valibot';
import type { components } from '../../../lib/api/client';
import type { StaffT } from '../../../lib/i18n/staff';

export type Membership = components['schemas']['Membership'];
export type PrincipalKind = components['schemas']['MembershipInput']['principalKind'];

export interface MembershipFilter {
  readonly kind: '' | PrincipalKind;
  /** The organisation's slug. */
  readonly organization: string;
  /** Part of the subject or the client id, in any case. */
  readonly text: string;
}

export const NO_MEMBERSHIP_FILTER: MembershipFilter = { kind: '', organization: '', text: '' };

/** The memberships that match every filter given, by organisation then principal. */
export function filterMemberships(items: readonly Membership[], filter: MembershipFilter): Membership[] {
  const text = filter.text.trim().toLowerCase();
  return items
    .filter((m) => !filter.kind || m.principalKind === filter.kind)
    .filter((m) => !filter.organization || m.organization.slug === filter.organization)
    .filter((m) => !text || m.principal.toLowerCase().includes(text))
    .sort((a, b) => a.organization.name.localeCompare(b.organization.name) || a.principal.localeCompare(b.principal));
}

/**
 * The server's own rule (MembershipInput): letters, digits and . _ : @ -, at most 200. Empty passes here,
 * so an empty field gets the one message that says to fill it.
 */
export const PRINCIPAL_PATTERN = /^[A-Za-z0-9._:@-]*$/;
export const PRINCIPAL_MAX = 200;

export interface GrantValues {
  principalKind: PrincipalKind;
  principal: string;
  organization: string;
}

export const EMPTY_GRANT: GrantValues = { principalKind: 'client', principal: '', organization: '' };

export function grantSchema(t: StaffT) {
  return v.object({
    principalKind: v.picklist(['user', 'client'] as const),
    principal: v.pipe(
      v.string(),
      v.trim(),
      v.nonEmpty(t('admin.members.principalEmpty')),
      v.maxLength(PRINCIPAL_MAX, t('admin.members.principalLong', { max: PRINCIPAL_MAX })),
      v.regex(PRINCIPAL_PATTERN, t('admin.members.principalPattern')),
    ),
    organization: v.pipe(v.string(), v.nonEmpty(t('admin.members.organizationEmpty'))),
  });
}

/** The server names the body's fields plainly ("principal") or as a path ("body.principal", "$.principal"). */
export function grantFieldOf(serverField: string): keyof GrantValues | undefined {
  const field = serverField.replace(/^(body\.|\$\.)/, '');
  return field === 'principal' || field === 'organization' || field === 'principalKind' ? field : undefined;
}

/** The principal already acts for an organisation (the server's 409): which one, from the list read. */
export function existingMembership(items: readonly Membership[], kind: PrincipalKind, principal: string): Membership | undefined {
  const wanted = principal.trim();
  return items.find((m) => m.principalKind === kind && m.principal === wanted);
}
