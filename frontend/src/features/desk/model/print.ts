// The papers the desk prints for the person (issue 17): the consent receipt and the referral slips, server
// pages opened in a new tab (the browser prints them), in the person's language beside French.
import { toLang, type Lang } from '../../../lib/i18n/languages';
import type { Case } from '../api/cases';

/**
 * The language the papers are printed in, as the server picks it by default: the consent text the person
 * read (the latest record not withdrawn), else the person's first kiosk language, else French. Said in
 * the URL all the same, so the agent sees it and the page does not depend on the default.
 */
export function printLanguage(kase: Pick<Case, 'consent' | 'person'>): Lang {
  const records = kase.consent.records.filter((r) => r.withdrawnAt == null);
  const latest = [...records].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))[0];
  const consented = latest ? toLang(latest.textLang) : undefined;
  if (consented) return consented;
  for (const tag of kase.person?.languages ?? []) {
    const lang = toLang(tag);
    if (lang) return lang;
  }
  return 'fr';
}

export function receiptUrl(caseId: string, lang: Lang): string {
  return `/api/v1/cases/${encodeURIComponent(caseId)}/consent-receipt?lang=${encodeURIComponent(lang)}`;
}

export function slipsUrl(caseId: string, lang: Lang): string {
  return `/api/v1/cases/${encodeURIComponent(caseId)}/referral-slips?lang=${encodeURIComponent(lang)}`;
}
