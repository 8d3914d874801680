// Finding a case as a coordinator does, from what the person or a desk gives: its reference
// (PAS-2026-000123, typed from a letter or a call) or its id (copied from another screen). Only these
// travel to the server; the person's name is never a way to search.
import type { StaffT } from '../../../lib/i18n/staff';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The server's own rule (GET /api/v1/cases?reference=…). */
const REFERENCE = /^[A-Za-z]{2,5}-[0-9]{4}-[0-9]{1,9}$/;

export type CaseKey = { readonly kind: 'id'; readonly id: string } | { readonly kind: 'reference'; readonly reference: string };

/** What was typed, as an id or a reference; undefined when it is neither. */
export function parseCaseKey(typed: string): CaseKey | undefined {
  const text = typed.trim();
  if (UUID.test(text)) return { kind: 'id', id: text.toLowerCase() };
  if (REFERENCE.test(text)) return { kind: 'reference', reference: text.toUpperCase() };
  return undefined;
}

export const isCaseId = (text: string | undefined): text is string => text !== undefined && UUID.test(text);

/** The field's message for what cannot be a case key. */
export function caseKeyError(typed: string, t: StaffT): string | undefined {
  if (!typed.trim()) return t('admin.find.empty');
  return parseCaseKey(typed) ? undefined : t('admin.find.invalid');
}

/**
 * The erasure's typed confirmation: the coordinator types the case's reference, so the one they read is
 * the one erased. Case and outer spaces do not count; anything else does.
 */
export function confirmsErasure(typed: string, reference: string): boolean {
  return typed.trim().toUpperCase() === reference.trim().toUpperCase();
}
