// One referral as the partner acts on it: which buttons its `allowed` commands give, what each asks for
// (a coded reason, a note), the checks before sending, what a refusal means in plain words, and the
// service's capacity signal. Pure functions, tested without a browser.
import * as v from 'valibot';
import { ApiError, type components } from '../../../lib/api/client';
import { STATUSES, type ReferralStatus } from '../../../lib/referrals/list';
import type { StaffT } from '../../../lib/i18n/staff';
import { NOTE_MAX } from '../../../components/staff/note-form';

export type ReferralCodes = components['schemas']['ReferralCodes'];
export type ReferralCode = components['schemas']['ReferralCode'];
export type Note = components['schemas']['Note'];

/** The commands a receiving organisation gives, in the order the buttons show. */
export type PartnerCommand = 'accept' | 'decline' | 'start' | 'complete' | 'no-show' | 'cancel';
const ORDER: readonly PartnerCommand[] = ['accept', 'decline', 'start', 'complete', 'no-show', 'cancel'];

/**
 * What a command asks before it is sent: nothing (accept, start), a coded reason from a list of
 * GET /api/v1/referral-codes (decline, complete, cancel), or a confirmation, since a no-show closes the
 * referral for good.
 */
export type CommandForm = { readonly kind: 'direct' } | { readonly kind: 'reason'; readonly list: keyof ReferralCodes } | { readonly kind: 'confirm' };

const FORMS: Readonly<Record<PartnerCommand, CommandForm>> = {
  accept: { kind: 'direct' },
  start: { kind: 'direct' },
  decline: { kind: 'reason', list: 'declineReasons' },
  complete: { kind: 'reason', list: 'outcomes' },
  cancel: { kind: 'reason', list: 'cancelReasons' },
  'no-show': { kind: 'confirm' },
};

export const formOf = (command: PartnerCommand): CommandForm => FORMS[command];

/** The commands that open a form before they are sent (a reason, or a confirmation). */
export type FormCommand = Exclude<PartnerCommand, 'accept' | 'start'>;
export const asksForm = (command: PartnerCommand): command is FormCommand => FORMS[command].kind !== 'direct';

/** The buttons of a referral: the server's `allowed` decides, the partner's commands only, in a fixed order. */
export function actionsFor(allowed: readonly string[]): PartnerCommand[] {
  return ORDER.filter((command) => allowed.includes(command));
}

/** Reasons only Passerelle gives (the retention job, an erasure): a person never picks them. */
const SYSTEM_REASONS: ReadonlySet<string> = new Set(['retention-period-over', 'erased-on-request']);

/** The reasons a person may pick for a command, labelled in the staff language (French when missing). */
export function reasonOptions(codes: ReferralCodes | undefined, command: PartnerCommand, lang: string): { value: string; label: string }[] {
  const form = FORMS[command];
  if (form.kind !== 'reason' || !codes) return [];
  return codes[form.list]
    .filter((c) => !SYSTEM_REASONS.has(c.code))
    .map((c) => ({ value: c.code, label: c.labels[lang] ?? c.labels['fr'] ?? c.code }));
}

/** The label of a reason or an outcome the referral carries. */
export function reasonLabel(codes: ReferralCodes | undefined, code: string | null | undefined, lang: string): string | undefined {
  if (!code) return undefined;
  const all = [...(codes?.declineReasons ?? []), ...(codes?.outcomes ?? []), ...(codes?.cancelReasons ?? [])];
  const found = all.find((c) => c.code === code);
  return found?.labels[lang] ?? found?.labels['fr'] ?? code;
}

export { NOTE_MAX };
/** The code a decline for lack of capacity carries: it raises the service's capacity signal. */
export const NO_CAPACITY = 'no-capacity';

export interface CommandValues {
  reason: string;
  note: string;
}

/** A reason is required where the command asks for one; a note is optional and at most 1000 characters. */
export function commandSchema(t: StaffT, command: PartnerCommand) {
  const form = FORMS[command];
  const reasonError = command === 'complete' ? t('inbox.act.outcomeRequired') : t('inbox.act.reasonRequired');
  return v.object({
    reason: form.kind === 'reason' ? v.pipe(v.string(), v.nonEmpty(reasonError)) : v.string(),
    note: v.pipe(v.string(), v.maxLength(NOTE_MAX, t('inbox.note.tooLong', { max: NOTE_MAX }))),
  });
}

/** The body of a command: the reason only where one is asked, the note only when written. */
export function commandBody(command: PartnerCommand, values: CommandValues): { reason?: string; note?: string } {
  const note = values.note.trim();
  return {
    ...(FORMS[command].kind === 'reason' && values.reason ? { reason: values.reason } : {}),
    ...(note ? { note } : {}),
  };
}

/** The server names a command's fields "reason" and "note" (possibly under "body." or "$."). */
export function commandFieldOf(serverField: string): 'reason' | 'note' | undefined {
  const field = serverField.replace(/^(body\.|\$\.)/, '');
  return field === 'reason' || field === 'note' ? field : undefined;
}



/** The If-Match of a command: the version the page read, as the ETag the server sent. */
export const ifMatch = (version: number): string => `"${version}"`;

/**
 * What a refused command means for the person at the screen:
 * - stale (412): someone else changed the referral since it was read; reload and look again;
 * - illegal (409): the referral is no longer in a state that allows it; the server names the state;
 * - gone (404): the referral can no longer be seen (the person withdrew their consent, say);
 * - fields (400): the server refused a value, shown at its field;
 * - other: anything else, said plainly, nothing lost.
 */
export type Refusal =
  | { readonly kind: 'stale' }
  | { readonly kind: 'illegal'; readonly status: ReferralStatus | undefined; readonly allowed: readonly PartnerCommand[] }
  | { readonly kind: 'gone' }
  | { readonly kind: 'fields' }
  | { readonly kind: 'other' };

export function refusalOf(error: unknown): Refusal {
  if (!(error instanceof ApiError)) return { kind: 'other' };
  switch (error.status) {
    case 412:
    case 428:
      return { kind: 'stale' };
    case 409: {
      const named = (field: string) => error.problem?.errors?.find((e) => e.field === field)?.message;
      const status = named('status');
      return {
        kind: 'illegal',
        status: status && (STATUSES as readonly string[]).includes(status) ? (status as ReferralStatus) : undefined,
        allowed: actionsFor((named('allowed') ?? '').split(',')),
      };
    }
    case 404:
      return { kind: 'gone' };
    case 400:
      return (error.problem?.errors ?? []).some((e) => commandFieldOf(e.field)) ? { kind: 'fields' } : { kind: 'other' };
    default:
      return { kind: 'other' };
  }
}

/** From this score a service ranks after an otherwise equal one (the server's CapacitySignal.RANKING_THRESHOLD). */
export const RANKING_THRESHOLD = 0.5;

/**
 * The service's recent declines for lack of capacity (a score each such decline raises by one, halving
 * every 14 days), and whether it now ranks the service lower in plans; undefined when there was none.
 */
export function capacitySignal(score: number | null | undefined): { score: number; lowered: boolean } | undefined {
  if (score == null || !Number.isFinite(score) || score <= 0) return undefined;
  return { score, lowered: score >= RANKING_THRESHOLD };
}

/** Who wrote a shared note, as the partner reads it: its own organisation, or the referring desk. */
export const noteAuthor = (note: Note, organizationId: string | undefined): 'us' | 'desk' =>
  organizationId != null && note.authorOrganizationId === organizationId ? 'us' : 'desk';

/** The person's fields as codes the staff words know; any other value is shown as it came. */
export const CONTACT_CHANNELS = ['phone', 'sms', 'email', 'in-person', 'through-the-desk'] as const;
export const PERSON_STATUSES = [
  'prefer-not-to-say',
  'temporary-protection',
  'stateless',
  'asylum-seeker',
  'refugee',
  'resettled-refugee',
  'residence-permit',
  'work-authorised',
  'undocumented',
] as const;
export const FACTS = ['age', 'status', 'language'] as const;
export const FACT_STATES = ['met', 'not-met', 'unknown'] as const;

/** Whether a value is one of a list of codes (and so has its words in the staff catalogues). */
export const isOneOf = <T extends string>(codes: readonly T[], value: string | null | undefined): value is T =>
  value != null && (codes as readonly string[]).includes(value);
