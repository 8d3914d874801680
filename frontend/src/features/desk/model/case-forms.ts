// The case page's forms: a note (at most 1000 characters, as the server) and a withdrawal of consent
// (all organisations, or at least one chosen). Checked by valibot before any request.
import * as v from 'valibot';
import type { StaffT } from '../../../lib/i18n/staff';

export const NOTE_MAX = 1000;

export function noteSchema(t: StaffT) {
  return v.object({
    body: v.pipe(
      v.string(),
      v.trim(),
      v.nonEmpty(t('case.noteEmpty')),
      v.maxLength(NOTE_MAX, t('case.noteTooLong', { max: NOTE_MAX })),
    ),
  });
}

export interface WithdrawalValues {
  scope: 'all' | 'some';
  organizations: string[];
}

export function withdrawalSchema(t: StaffT) {
  return v.pipe(
    v.object({ scope: v.picklist(['all', 'some']), organizations: v.array(v.string()) }),
    v.forward(
      v.check((input) => input.scope === 'all' || input.organizations.length > 0, t('case.withdrawPick')),
      ['organizations'],
    ),
  );
}

/** The server names the note's body "body" (or "$.body"); the withdrawal's list "organizations…". */
export function noteFieldOf(serverField: string): 'body' | undefined {
  return serverField.replace(/^(body\.|\$\.)/, '') === 'body' ? 'body' : undefined;
}

export function withdrawalFieldOf(serverField: string): 'organizations' | undefined {
  return /^(body\.|\$\.)?organizations/.test(serverField) ? 'organizations' : undefined;
}

/** The label of a coded reason, in the staff language, from GET /api/v1/referral-codes. */
export function reasonLabel(
  codes: { declineReasons: readonly Code[]; outcomes: readonly Code[]; cancelReasons: readonly Code[] } | undefined,
  code: string | null | undefined,
  lang: string,
): string | undefined {
  if (!code) return undefined;
  const found = [...(codes?.declineReasons ?? []), ...(codes?.outcomes ?? []), ...(codes?.cancelReasons ?? [])].find((c) => c.code === code);
  return found?.labels[lang] ?? found?.labels['fr'] ?? code;
}

interface Code {
  readonly code: string;
  readonly labels: Readonly<Record<string, string>>;
}
