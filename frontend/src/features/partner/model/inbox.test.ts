import { describe, expect, it } from 'vitest';
import {
  countFilter,
  DEFAULT_INBOX,
  inboxFromQuery,
  inboxToSearch,
  isCountFilter,
  isPartnerReferral,
  toCountQuery,
  toInboxQuery,
  type PartnerReferral,
} from './inbox';

describe('the inbox filter', () => {
  it('asks the server to filter, sort and page, the defaults left out', () => {
    expect(toInboxQuery(DEFAULT_INBOX)).toEqual({ page: 1, size: 25 });
    expect(toInboxQuery({ status: 'accepted', due: 'overdue', sort: 'created', page: 2 })).toEqual({
      page: 2,
      size: 25,
      status: 'accepted',
      due: 'overdue',
      sort: 'created',
    });
  });

  it('round-trips every filter through the address, as codes only', () => {
    const filter = { status: 'in-progress', due: 'soon', sort: 'created', page: 3 } as const;
    const search = inboxToSearch(filter);
    expect(search).toBe('?status=in-progress&due=soon&sort=created&page=3');
    expect(inboxFromQuery(Object.fromEntries(new URLSearchParams(search)))).toEqual(filter);
    expect(inboxToSearch(DEFAULT_INBOX)).toBe('');
    expect(inboxFromQuery({})).toEqual(DEFAULT_INBOX);
  });

  it('drops what is not a code, and a draft, which a partner never has', () => {
    expect(inboxFromQuery({ status: 'draft', due: 'later', sort: 'name', page: '0' })).toEqual(DEFAULT_INBOX);
    expect(inboxFromQuery({ status: '<script>', page: 'x' })).toEqual(DEFAULT_INBOX);
  });
});

describe('the counts at the top', () => {
  it('count what awaits an answer (sent), what is due soon and what is overdue, each with one row asked for', () => {
    expect(toCountQuery('awaiting')).toEqual({ page: 1, size: 1, status: 'sent' });
    expect(toCountQuery('soon')).toEqual({ page: 1, size: 1, due: 'soon' });
    expect(toCountQuery('overdue')).toEqual({ page: 1, size: 1, due: 'overdue' });
  });

  it('each open their list, and know when it is the one on screen', () => {
    expect(inboxToSearch(countFilter('awaiting'))).toBe('?status=sent');
    expect(inboxToSearch(countFilter('overdue'))).toBe('?due=overdue');
    expect(isCountFilter({ ...DEFAULT_INBOX, status: 'sent', sort: 'created', page: 2 }, 'awaiting')).toBe(true);
    expect(isCountFilter({ ...DEFAULT_INBOX, status: 'sent', due: 'soon' }, 'awaiting')).toBe(false);
    expect(isCountFilter(DEFAULT_INBOX, 'soon')).toBe(false);
  });
});

describe('the partner’s shape', () => {
  it('is told from the desk’s', () => {
    const partner = { id: 'r', facts: [], needs: [] } as unknown as PartnerReferral;
    expect(isPartnerReferral(partner)).toBe(true);
    expect(isPartnerReferral({ id: 'r', caseId: 'c' } as never)).toBe(false);
  });
});
