// The case page's withdrawal of consent (all organisations, or at least one chosen); its note form is
// components/staff/note-form.tsx. Checked by valibot before any request.
import * as v from 'valibot';
import type { StaffT } from '../../../lib/i18n/staff';

export { NOTE_MAX } from '../../../components/staff/note-form';

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
