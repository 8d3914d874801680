// The access journal in plain words: each action code the server writes (referral/AccessJournal and its
// callers), and each channel. A code the screen does not know is shown as it is, never hidden.
import type { StaffKey } from '../../../lib/i18n/staff';

/** The action codes with a label; "referral-<command>" comes from each move of a referral. */
const ACTIONS: readonly string[] = [
  'case-create',
  'case-read',
  'case-read-gdpr',
  'case-list',
  'case-notes-read',
  'case-note-create',
  'timeline-read',
  'consent-amend',
  'consent-withdraw',
  'consent-receipt-read',
  'referral-slips-read',
  'case-export',
  'case-erase',
  'case-anonymise',
  'journal-read',
  'referral-create',
  'referral-read',
  'referral-read-fhir',
  'referral-list',
  'referral-notes-read',
  'referral-note-create',
  'referral-send',
  'referral-accept',
  'referral-decline',
  'referral-start',
  'referral-complete',
  'referral-no-show',
  'referral-cancel',
  'referral-expire',
  'referral-remind',
  'referral-remind-outcome',
  'denied',
];

export function journalActionKey(action: string): StaffKey | undefined {
  return ACTIONS.includes(action) ? (`admin.journal.action.${action}` as StaffKey) : undefined;
}

/** desk-spa, api-user, signed-link, or api:<client id> for a partner's system. */
export function journalChannel(channel: string): { key: StaffKey; client?: string } | undefined {
  if (channel === 'desk-spa' || channel === 'api-user' || channel === 'signed-link') {
    return { key: `admin.journal.channel.${channel}` as StaffKey };
  }
  if (channel.startsWith('api:')) return { key: 'admin.journal.channel.api-client', client: channel.slice(4) };
  return undefined;
}

/** A denied access (someone tried to read a case that is not theirs) stands out in the list. */
export const isDenied = (action: string): boolean => action === 'denied';
