// A kiosk plan link, pasted by the agent or read from the plan's QR code: the answers travel in its
// fragment (docs/architecture.md rule 1), read by the kiosk's own decodeFragment. Nothing of it ever goes
// into the desk's own URL or history: the visit keeps the answers in memory only.
import type { Lang } from '../../../lib/i18n/languages';
import { decodeFragment, type Answers } from '../../../lib/triage/answers';

export type PlanLinkError = 'empty' | 'not-a-plan-link' | 'no-needs';

export type PlanLinkResult =
  | { readonly ok: true; readonly lang: Lang; readonly answers: Answers }
  | { readonly ok: false; readonly error: PlanLinkError };

/** A link is never longer than this (the server refuses URLs over 4096 characters anyway). */
const MAX_LINK = 4096;
const PLAN_PATH = /^\/kiosk\/plan\/?$/;

/**
 * Reads a kiosk plan link: any host (a phone scanned another kiosk's code), the path /kiosk/plan and the
 * answers in the fragment. The language defaults to French when the link names none; a link without a
 * single well-formed need is no plan.
 */
export function readPlanLink(text: string): PlanLinkResult {
  const raw = text.trim();
  if (raw === '') return { ok: false, error: 'empty' };
  if (raw.length > MAX_LINK) return { ok: false, error: 'not-a-plan-link' };
  let url: URL;
  try {
    // A relative link ("/kiosk/plan#…") is read against a placeholder origin, never fetched.
    url = new URL(raw, 'https://kiosk.invalid');
  } catch {
    return { ok: false, error: 'not-a-plan-link' };
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !PLAN_PATH.test(url.pathname) || url.hash.length < 2) {
    return { ok: false, error: 'not-a-plan-link' };
  }
  const link = decodeFragment(url.hash);
  if (link.answers.needs.length === 0) return { ok: false, error: 'no-needs' };
  return { ok: true, lang: link.lang ?? 'fr', answers: link.answers };
}
