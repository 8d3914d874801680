// The audit log's rules, as pure functions: the filter kept in the page's address (codes and record ids
// only, never a person's data), which writes a coordinator may revert, what a revert's refusal means, and
// the difference between the states before and after a write, field by field.
import type { components } from '../../../lib/api/client';
import type { StaffT } from '../../../lib/i18n/staff';

export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditAction = components['schemas']['AuditAction'];

/** The kinds of record the trail holds (the server's entity types). */
export const ENTITY_TYPES = ['service', 'organization', 'initiative', 'theme', 'membership', 'retention-policy'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const ACTIONS: readonly AuditAction[] = ['create', 'update', 'delete', 'revert'];

/** Only the catalogue's records are revertible (the server's Revertible), and a deletion never is. */
const REVERTIBLE: ReadonlySet<string> = new Set(['service', 'organization', 'initiative']);

export function canRevert(event: Pick<AuditEvent, 'entityType' | 'action'>): boolean {
  return REVERTIBLE.has(event.entityType) && event.action !== 'delete';
}

export interface AuditFilter {
  readonly entityType: '' | EntityType;
  readonly action: '' | AuditAction;
  /** The UUID of the organisation the author acted for. */
  readonly organization: string;
  /** One record: a UUID, or a theme's code. */
  readonly entityKey: string;
  readonly page: number;
}

export const DEFAULT_AUDIT_FILTER: AuditFilter = { entityType: '', action: '', organization: '', entityKey: '', page: 1 };
export const AUDIT_PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RECORD_KEY = /^[0-9A-Za-z][0-9A-Za-z-]{0,119}$/;
const MAX_PAGE = 100_000;

/** A filter read back from the address; anything that is not one of the codes or ids is dropped. */
export function auditFilterFromQuery(query: Readonly<Record<string, string | undefined>>): AuditFilter {
  const type = query['type'] ?? '';
  const action = query['action'] ?? '';
  const organization = query['organization'] ?? '';
  const record = query['record'] ?? '';
  const page = Number.parseInt(query['page'] ?? '', 10);
  return {
    entityType: (ENTITY_TYPES as readonly string[]).includes(type) ? (type as EntityType) : '',
    action: (ACTIONS as readonly string[]).includes(action) ? (action as AuditAction) : '',
    organization: UUID.test(organization) ? organization.toLowerCase() : '',
    entityKey: RECORD_KEY.test(record) ? record : '',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The address of a filter; the defaults are left out, so the plain log stays /admin/audit. */
export function auditFilterToSearch(filter: AuditFilter): string {
  const p = new URLSearchParams();
  if (filter.entityType) p.set('type', filter.entityType);
  if (filter.action) p.set('action', filter.action);
  if (filter.organization) p.set('organization', filter.organization);
  if (filter.entityKey) p.set('record', filter.entityKey);
  if (filter.page > 1) p.set('page', String(filter.page));
  const search = p.toString();
  return search ? `?${search}` : '';
}

/** The query of GET /api/v1/audit-events: the server filters and pages, so a filter holds across pages. */
export function toAuditQuery(filter: AuditFilter) {
  return {
    page: filter.page,
    size: AUDIT_PAGE_SIZE,
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.organization ? { organization: filter.organization } : {}),
    ...(filter.entityKey ? { entityKey: filter.entityKey } : {}),
  };
}

/** Why a revert was refused, from its status: the words the screen shows say what to do next. */
export type RevertRefusal = 'later-change' | 'race' | 'gone' | 'other';

export function revertRefusal(status: number): RevertRefusal {
  if (status === 409) return 'later-change';
  if (status === 412) return 'race';
  if (status === 404) return 'gone';
  return 'other';
}

export interface FieldChange {
  /** The field's path: "name.fr", "capacity.waitingList", "themes[1]". */
  readonly path: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

/** Each leaf of a JSON value by its path; an empty object or list is a leaf of its own. */
function leaves(value: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, '[]');
    value.forEach((item, i) => leaves(item, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0 && path) out.set(path, '{}');
    for (const [key, item] of entries) leaves(item, path ? `${path}.${key}` : key, out);
  } else if (value !== undefined) {
    out.set(path, value === null ? '—' : String(value));
  }
}

/**
 * What a write changed, field by field, in the order of the fields: only the paths whose value differs
 * (a creation lists what it set, a deletion what it removed). A null value shows as a dash.
 */
export function diffStates(before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  leaves(before ?? {}, '', a);
  leaves(after ?? {}, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths.filter((p) => a.get(p) !== b.get(p)).map((path) => ({ path, before: a.get(path), after: b.get(path) }));
}

/** The words of a record type; an unknown type (a newer server) is shown as the server wrote it. */
export function entityTypeLabel(type: string, t: StaffT): string {
  return (ENTITY_TYPES as readonly string[]).includes(type) ? t(`admin.audit.type.${type as EntityType}`) : type;
}
