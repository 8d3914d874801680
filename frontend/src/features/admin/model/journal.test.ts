// The access journal's words: every action the server writes has a label in both staff languages, a
// partner's system is named by its client id, and an unknown code is left to show as it is.
import { describe, expect, it } from 'vitest';
import en from '../../../lib/i18n/staff/en';
import fr from '../../../lib/i18n/staff/fr';
import { isDenied, journalActionKey, journalChannel } from './journal';

const SERVER_ACTIONS = [
  'case-create', 'case-read', 'case-read-gdpr', 'case-list', 'case-notes-read', 'case-note-create', 'timeline-read',
  'consent-amend', 'consent-withdraw', 'consent-receipt-read', 'referral-slips-read', 'case-export', 'case-erase',
  'case-anonymise', 'journal-read', 'referral-create', 'referral-read', 'referral-read-fhir', 'referral-list',
  'referral-notes-read', 'referral-note-create', 'referral-send', 'referral-accept', 'referral-decline', 'referral-start',
  'referral-complete', 'referral-no-show', 'referral-cancel', 'referral-expire', 'referral-remind', 'referral-remind-outcome',
  'denied',
];

describe('the journal’s words', () => {
  it('labels every action the server journals, in French and English', () => {
    for (const action of SERVER_ACTIONS) {
      const key = journalActionKey(action);
      expect(key, action).toBeDefined();
      expect(en[key!], action).toBeTruthy();
      expect(fr[key!], action).toBeTruthy();
    }
    expect(journalActionKey('case-teleport')).toBeUndefined();
  });

  it('names the channel, and a partner system by its client id', () => {
    expect(journalChannel('desk-spa')).toEqual({ key: 'admin.journal.channel.desk-spa' });
    expect(journalChannel('signed-link')).toEqual({ key: 'admin.journal.channel.signed-link' });
    expect(journalChannel('api:partner-la-cimade')).toEqual({ key: 'admin.journal.channel.api-client', client: 'partner-la-cimade' });
    expect(journalChannel('carrier-pigeon')).toBeUndefined();
    expect(isDenied('denied')).toBe(true);
    expect(isDenied('case-read')).toBe(false);
  });
});
