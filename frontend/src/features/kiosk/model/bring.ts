import type { MessageKey } from '../../../lib/i18n/messages/en';

/**
 * The advice around what to bring. When the service's organisation lists its documents
 * (`requiredDocuments`, shown first), the general list is left out; the advice is worded so that a
 * person without papers is never put off (docs/architecture.md §8, status firewall), plus the referral letter when needed.
 */
export function whatToBring(accessMode: string | null | undefined, ownList = false): MessageKey[] {
  const keys: MessageKey[] = ownList ? [] : ['bring.general'];
  keys.push('bring.noPapers');
  if (accessMode === 'professional-referral' || accessMode === 'committee') {
    keys.push('bring.referral');
  }
  keys.push('bring.plan');
  return keys;
}
