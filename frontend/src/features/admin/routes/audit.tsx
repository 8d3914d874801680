// The audit log (issue 18): every catalogue write, newest first, filtered by record type, kind of write, the
// organisation its author acted for, and one record; paged by the server. Each entry opens on what changed,
// field by field, and a coordinator reverts a catalogue record's latest change after a confirmation step;
// a refusal (409: a later change; 412: a write that won the race) says what to do next.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/preact-query';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError } from '../../../lib/api/client';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { SelectField, TextField } from '../../../components/staff/form-field';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { auditEventsQuery, revertEvent, serviceNamesQuery } from '../api/audit';
import { organizationDirectoryQuery, type OrganizationSummary } from '../api/organizations';
import { AdminNav } from '../components/admin-nav';
import { ConfirmDialog } from '../components/confirm-dialog';
import { Pager } from '../components/pager';
import {
  ACTIONS,
  auditFilterFromQuery,
  auditFilterToSearch,
  canRevert,
  diffStates,
  ENTITY_TYPES,
  entityTypeLabel,
  revertRefusal,
  type AuditEvent,
  type AuditFilter,
  type RevertRefusal,
} from '../model/audit';
import { adminFormat, type AdminFormat } from '../model/format';
import { organizationName } from '../model/organizations';

export default function AuditLog() {
  const { t, lang } = useStaffT();
  useTitle(t('admin.audit.title'));
  const format = useMemo(() => adminFormat(lang), [lang]);
  // The filter lives in the address (codes and record ids only), so reload and Back give the same list.
  const { query, route } = useLocation();
  const filter = useMemo(() => auditFilterFromQuery(query), [query]);
  const setFilter = (next: AuditFilter) => route(`/admin/audit${auditFilterToSearch(next)}`);
  const events = useQuery({ ...auditEventsQuery(filter), placeholderData: keepPreviousData });
  const directory = useQuery(organizationDirectoryQuery);
  const serviceIds = useMemo(
    () => [...new Set((events.data?.items ?? []).filter((e) => e.entityType === 'service').map((e) => e.entityKey))],
    [events.data],
  );
  const names = useQuery({ ...serviceNamesQuery(serviceIds, lang), enabled: serviceIds.length > 0 });
  const [outcome, setOutcome] = useState<RevertOutcome | undefined>(undefined);

  return (
    <>
      <AdminNav />
      <h1 tabIndex={-1}>{t('admin.audit.title')}</h1>
      <p class="lead">{t('admin.audit.intro')}</p>
      <AuditFilters
        key={auditFilterToSearch(filter)}
        filter={filter}
        directory={directory.data}
        t={t}
        apply={(next) => {
          setOutcome(undefined);
          setFilter({ ...next, page: 1 });
        }}
      />
      <RevertNotice outcome={outcome} t={t} />
      {events.isPending ? (
        <StaffLoading />
      ) : events.isError ? (
        <StaffError retry={() => void events.refetch()} />
      ) : (
        <section aria-labelledby="audit-list" aria-busy={events.isFetching}>
          <h2 id="audit-list">{t('admin.audit.count', { count: format.number(events.data.totalItems) })}</h2>
          <AuditList
            events={events.data.items}
            directory={directory.data}
            serviceNames={names.data}
            t={t}
            format={format}
            onRecord={(e) => setFilter({ ...filter, entityType: e.entityType as AuditFilter['entityType'], entityKey: e.entityKey, page: 1 })}
            onReverted={setOutcome}
          />
          <Pager page={events.data.page} pages={events.data.totalPages} t={t} go={(page) => setFilter({ ...filter, page })} />
        </section>
      )}
    </>
  );
}

function AuditFilters({
  filter,
  directory,
  t,
  apply,
}: {
  filter: AuditFilter;
  directory: readonly OrganizationSummary[] | undefined;
  t: StaffT;
  apply: (filter: AuditFilter) => void;
}) {
  const [draft, setDraft] = useState(filter);
  const [recordError, setRecordError] = useState<string | undefined>(undefined);
  return (
    <section aria-labelledby="audit-filters">
      <h2 id="audit-filters">{t('admin.filters')}</h2>
      <form
        class="staff-form staff-form--inline admin-inline"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const record = draft.entityKey.trim();
          const checked = auditFilterFromQuery({ record });
          if (record && checked.entityKey !== record) {
            setRecordError(t('admin.audit.recordInvalid'));
            return;
          }
          apply({ ...draft, entityKey: record });
        }}
      >
        <SelectField
          id="audit-type"
          name="type"
          label={t('admin.audit.filter.type')}
          value={draft.entityType}
          options={[{ value: '', label: t('admin.audit.filter.anyType') }, ...ENTITY_TYPES.map((type) => ({ value: type, label: entityTypeLabel(type, t) }))]}
          onValue={(value) => setDraft({ ...draft, entityType: value as AuditFilter['entityType'] })}
        />
        <SelectField
          id="audit-action"
          name="action"
          label={t('admin.audit.filter.action')}
          value={draft.action}
          options={[{ value: '', label: t('admin.audit.filter.anyAction') }, ...ACTIONS.map((a) => ({ value: a, label: t(`admin.audit.action.${a}`) }))]}
          onValue={(value) => setDraft({ ...draft, action: value as AuditFilter['action'] })}
        />
        <SelectField
          id="audit-organization"
          name="organization"
          label={t('admin.audit.filter.organization')}
          value={draft.organization}
          options={[{ value: '', label: t('admin.audit.filter.anyOrganization') }, ...(directory ?? []).map((o) => ({ value: o.id, label: o.name }))]}
          onValue={(value) => setDraft({ ...draft, organization: value })}
        />
        <TextField
          id="audit-record"
          name="record"
          label={t('admin.audit.filter.record')}
          hint={t('admin.audit.filter.recordHint')}
          value={draft.entityKey}
          error={recordError}
          onValue={(value) => {
            setRecordError(undefined);
            setDraft({ ...draft, entityKey: value });
          }}
        />
        <p class="actions">
          <button type="submit" class="button button--primary">
            {t('admin.filter')}
          </button>
          <a class="button button--quiet" href="/admin/audit">
            {t('admin.filterClear')}
          </a>
        </p>
      </form>
    </section>
  );
}

export type RevertOutcome = { readonly ok: true } | { readonly ok: false; readonly refusal: RevertRefusal };

const REFUSALS: Readonly<Record<RevertRefusal, 'admin.audit.refused.later' | 'admin.audit.refused.race' | 'admin.audit.refused.gone' | 'admin.audit.refused.other'>> = {
  'later-change': 'admin.audit.refused.later',
  race: 'admin.audit.refused.race',
  gone: 'admin.audit.refused.gone',
  other: 'admin.audit.refused.other',
};

/**
 * What became of a revert, above the list. It is set once the dialog has closed (and given the focus back
 * to its button); the focus then moves here, so the result is read out and seen wherever the entry was.
 */
export function RevertNotice({ outcome, t }: { outcome: RevertOutcome | undefined; t: StaffT }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!outcome) return;
    const timer = window.setTimeout(() => box.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [outcome]);
  if (!outcome) return null;
  return outcome.ok ? (
    <div ref={box} tabIndex={-1} class="notice notice--success" role="status">
      <p>{t('admin.audit.reverted')}</p>
    </div>
  ) : (
    <div ref={box} tabIndex={-1} class="notice notice--error" role="alert">
      <p>
        <strong>{t('admin.audit.notReverted')}</strong>
      </p>
      <p>{t(REFUSALS[outcome.refusal])}</p>
    </div>
  );
}

/** The record's name where the screen knows it: a service's, an organisation's, a member's principal. */
export function recordName(
  event: AuditEvent,
  directory: readonly OrganizationSummary[] | undefined,
  serviceNames: ReadonlyMap<string, string> | undefined,
  t: StaffT,
): string {
  switch (event.entityType) {
    case 'service':
      return serviceNames?.get(event.entityKey) ?? event.entityKey;
    case 'organization':
      return directory?.find((o) => o.id === event.entityKey)?.name ?? event.entityKey;
    case 'membership': {
      const state = (event.after ?? event.before) as { principal?: unknown; organizationSlug?: unknown } | null | undefined;
      return typeof state?.principal === 'string'
        ? t('admin.audit.memberRecord', { principal: state.principal, organization: String(state.organizationSlug ?? '') })
        : event.entityKey;
    }
    case 'retention-policy':
      return t('admin.audit.retentionRecord');
    default:
      return event.entityKey;
  }
}

export function AuditList({
  events,
  directory,
  serviceNames,
  t,
  format,
  onRecord,
  onReverted,
}: {
  events: readonly AuditEvent[];
  directory: readonly OrganizationSummary[] | undefined;
  serviceNames: ReadonlyMap<string, string> | undefined;
  t: StaffT;
  format: AdminFormat;
  onRecord: (event: AuditEvent) => void;
  onReverted: (outcome: RevertOutcome) => void;
}) {
  if (events.length === 0) return <p>{t('admin.audit.none')}</p>;
  return (
    <ol class="admin-events">
      {events.map((e) => (
        <AuditEntry
          key={e.id}
          event={e}
          directory={directory}
          name={recordName(e, directory, serviceNames, t)}
          t={t}
          format={format}
          onRecord={onRecord}
          onReverted={onReverted}
        />
      ))}
    </ol>
  );
}

function AuditEntry({
  event,
  directory,
  name,
  t,
  format,
  onRecord,
  onReverted,
}: {
  event: AuditEvent;
  directory: readonly OrganizationSummary[] | undefined;
  name: string;
  t: StaffT;
  format: AdminFormat;
  onRecord: (event: AuditEvent) => void;
  onReverted: (outcome: RevertOutcome) => void;
}) {
  const [open, setOpen] = useState(false);
  const detailsId = `audit-${event.id}`;
  return (
    <li class="admin-event">
      <h3 class="admin-event__title">
        {t(`admin.audit.action.${event.action}`)} · {entityTypeLabel(event.entityType, t)} · <span class="admin-event__record">{name}</span>
      </h3>
      <p class="staff-list__meta">
        <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time> ·{' '}
        {t('admin.audit.author', {
          organization: organizationName(directory, event.actorOrganizationId, t),
          kind: t(`admin.principal.${event.actorKind}`),
          actor: event.actor,
        })}
      </p>
      <p class="actions">
        <button type="button" class="button" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
          {open ? t('admin.audit.hide') : t('admin.audit.show')}
        </button>
      </p>
      <div id={detailsId} hidden={!open}>
        {open ? <EventDetails event={event} t={t} onRecord={onRecord} onReverted={onReverted} /> : null}
      </div>
    </li>
  );
}

export function EventDetails({
  event,
  t,
  onRecord,
  onReverted,
}: {
  event: AuditEvent;
  t: StaffT;
  onRecord: (event: AuditEvent) => void;
  onReverted: (outcome: RevertOutcome) => void;
}) {
  const changes = diffStates(event.before, event.after);
  return (
    <>
      {event.revertsEventId ? <p>{t('admin.audit.reverts')}</p> : null}
      {changes.length === 0 ? (
        <p>{t('admin.audit.noDiff')}</p>
      ) : (
        <table class="staff-table admin-diff">
          <caption>{t('admin.audit.diffCaption', { count: changes.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.field')}</th>
              <th scope="col">{t('admin.audit.before')}</th>
              <th scope="col">{t('admin.audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.path}>
                <th scope="row">
                  <code>{c.path}</code>
                </th>
                <td data-label={t('admin.audit.before')}>{c.before === undefined ? <span class="staff-list__meta">{t('admin.audit.absent')}</span> : c.before}</td>
                <td data-label={t('admin.audit.after')}>{c.after === undefined ? <span class="staff-list__meta">{t('admin.audit.absent')}</span> : c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="actions">
        <button type="button" class="button button--quiet" onClick={() => onRecord(event)}>
          {t('admin.audit.recordOnly')}
        </button>
        {canRevert(event) ? <RevertButton event={event} t={t} onReverted={onReverted} /> : null}
      </p>
      {canRevert(event) ? null : <p class="hint">{t('admin.audit.notRevertible')}</p>}
    </>
  );
}

function RevertButton({ event, t, onReverted }: { event: AuditEvent; t: StaffT; onReverted: (outcome: RevertOutcome) => void }) {
  const queries = useQueryClient();
  const { lang } = useStaffT();
  const format = useMemo(() => adminFormat(lang), [lang]);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  // Said once the dialog has closed and given the focus back: the notice then takes it.
  const outcome = useRef<RevertOutcome | undefined>(undefined);
  return (
    <>
      <button type="button" class="button button--danger" onClick={() => setAsking(true)}>
        {t('admin.audit.revert')}
      </button>
      <ConfirmDialog
        id={`revert-${event.id}`}
        open={asking}
        title={t('admin.audit.revertTitle')}
        confirm={t('admin.audit.revertConfirm')}
        cancel={t('admin.cancel')}
        danger
        busy={busy}
        onCancel={() => setAsking(false)}
        onClosed={() => {
          if (outcome.current) onReverted(outcome.current);
          outcome.current = undefined;
        }}
        onConfirm={() => {
          setBusy(true);
          revertEvent(queries, event.id)
            .then(() => {
              outcome.current = { ok: true };
            })
            .catch((error: unknown) => {
              outcome.current = { ok: false, refusal: revertRefusal(error instanceof ApiError ? error.status : 0) };
            })
            .finally(() => {
              setBusy(false);
              setAsking(false);
            });
        }}
      >
        <p>{t('admin.audit.revertBody', { date: format.dateTime(event.occurredAt) })}</p>
        <p class="hint">{t('admin.audit.revertHint')}</p>
      </ConfirmDialog>
    </>
  );
}
