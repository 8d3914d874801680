import type { MessageKey } from '../../../lib/i18n/messages/en';

/**
 * What to bring. The API has no per-service document list yet, so this is the general advice, worded so
 * that a person without papers is never put off (design.md §3), plus the referral letter when needed.
 */
export function whatToBring(accessMode: string | null | undefined): MessageKey[] {
  const keys: MessageKey[] = ['bring.general', 'bring.noPapers'];
  if (accessMode === 'professional-referral' || accessMode === 'committee') {
    keys.push('bring.referral');
  }
  keys.push('bring.plan');
  return keys;
}
