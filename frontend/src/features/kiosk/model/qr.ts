// The QR code: the plan's URL with its answers in the fragment (never the query string). uqr builds the
// matrix; we draw it as one SVG path, so no HTML string is ever injected.
import { encode } from 'uqr';
import type { Lang } from '../../../lib/i18n/languages';
import { encodeFragment, type Answers } from '../../../lib/triage/answers';

/** The link a phone opens: same plan, answers in the fragment, status only when the person opted in. */
export function planUrl(origin: string, lang: Lang, answers: Answers, includeStatus: boolean): string {
  return `${origin}/kiosk/plan#${encodeFragment(lang, answers, { includeStatus, origin: 'qr' })}`;
}

/** An SVG path drawing the dark modules, one unit per module, with a 4-module quiet zone. */
export function qrPath(text: string): { size: number; d: string } {
  const qr = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  qr.data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size: qr.size, d };
}
