// Organisations as the coordinator's screens name them: the API gives ids (an audit entry's author, a
// journal entry, a case's desk); the directory, read once, gives the names.
import type { components } from '../../../lib/api/client';
import type { StaffT } from '../../../lib/i18n/staff';

type Named = Pick<components['schemas']['OrganizationSummary'], 'id' | 'name'>;

/** The organisation's name; while the directory loads, or for one removed since, its short id. */
export function organizationName(directory: readonly Named[] | undefined, id: string | null | undefined, t: StaffT): string {
  if (!id) return t('admin.noOrganization');
  return directory?.find((o) => o.id === id)?.name ?? t('admin.organizationId', { id: id.slice(0, 8) });
}

export const ORGANIZATION_KINDS: readonly components['schemas']['OrganizationKind'][] = [
  'association',
  'public-authority',
  'public-agency',
  'social-enterprise',
  'cooperative',
  'company',
  'network',
  'foundation',
  'eu-project',
  'other',
];

/** The server's bound on a desk's notification address (DeskSettingInput). */
export const DESK_EMAIL_MAX = 320;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A desk's address: blank (the organisation's own e-mail then), or one e-mail address. */
export function deskEmailError(value: string, t: StaffT): string | undefined {
  const email = value.trim();
  if (!email) return undefined;
  if (email.length > DESK_EMAIL_MAX) return t('admin.orgs.deskEmailLong', { max: DESK_EMAIL_MAX });
  return EMAIL.test(email) ? undefined : t('admin.orgs.deskEmailInvalid');
}

export function deskEmailFieldOf(serverField: string): 'notificationEmail' | undefined {
  return serverField.replace(/^(body\.|\$\.)/, '') === 'notificationEmail' ? 'notificationEmail' : undefined;
}
