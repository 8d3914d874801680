// Memberships (issue 18): who acts for which organisation, a person's account (its OIDC subject) or an
// organisation's system (its API client id). A grant and a revocation each pass a confirmation step, since
// they open or close an organisation's records to someone; each membership shows its audit entries.
import { useForm } from '@tanstack/preact-form';
import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../../lib/api/client';
import { firstError, problemMessages } from '../../../lib/form/problem';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { FormProblem } from '../../../components/staff/form-problem';
import { SelectField, TextField } from '../../../components/staff/form-field';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { recordAuditQuery } from '../api/audit';
import { grantMembership, membershipsQuery, revokeMembership } from '../api/memberships';
import { organizationDirectoryQuery, type OrganizationSummary } from '../api/organizations';
import { AdminNav } from '../components/admin-nav';
import { ConfirmDialog } from '../components/confirm-dialog';
import { adminFormat, type AdminFormat } from '../model/format';
import {
  EMPTY_GRANT,
  existingMembership,
  filterMemberships,
  grantFieldOf,
  grantSchema,
  NO_MEMBERSHIP_FILTER,
  type GrantValues,
  type Membership,
  type MembershipFilter,
} from '../model/memberships';

export default function MembershipsPage() {
  const { t, lang } = useStaffT();
  useTitle(t('admin.members.title'));
  const format = useMemo(() => adminFormat(lang), [lang]);
  const memberships = useQuery(membershipsQuery);
  const directory = useQuery(organizationDirectoryQuery);
  const [filter, setFilter] = useState<MembershipFilter>(NO_MEMBERSHIP_FILTER);
  const [done, setDone] = useState<{ message: string; focus: boolean } | undefined>(undefined);
  const status = useRef<HTMLParagraphElement>(null);
  // After a revocation its row, and the button that had the focus, are gone: the focus goes to the result.
  useEffect(() => {
    if (done?.focus) status.current?.focus();
  }, [done]);
  return (
    <>
      <AdminNav />
      <h1 tabIndex={-1}>{t('admin.members.title')}</h1>
      <p class="lead">{t('admin.members.intro')}</p>
      <p ref={status} tabIndex={-1} role="status" class={done ? 'notice notice--success' : undefined}>
        {done?.message ?? ''}
      </p>
      <GrantForm directory={directory.data} memberships={memberships.data} onGranted={(message) => setDone({ message, focus: false })} />
      <section aria-labelledby="members-list">
        <h2 id="members-list">{t('admin.members.list')}</h2>
        <MembershipFilters filter={filter} directory={directory.data} t={t} onFilter={setFilter} />
        {memberships.isPending ? (
          <StaffLoading />
        ) : memberships.isError ? (
          <StaffError retry={() => void memberships.refetch()} />
        ) : (
          <MembershipTable
            items={filterMemberships(memberships.data, filter)}
            total={memberships.data.length}
            t={t}
            format={format}
            onRevoked={(message) => setDone({ message, focus: true })}
          />
        )}
      </section>
    </>
  );
}

function MembershipFilters({
  filter,
  directory,
  t,
  onFilter,
}: {
  filter: MembershipFilter;
  directory: readonly OrganizationSummary[] | undefined;
  t: StaffT;
  onFilter: (filter: MembershipFilter) => void;
}) {
  // The list is whole and short: it narrows as the coordinator types or picks, with nothing to submit.
  return (
    <div class="staff-form staff-form--inline admin-inline" role="search" aria-label={t('admin.filters')}>
      <SelectField
        id="members-kind"
        name="kind"
        label={t('admin.members.filter.kind')}
        value={filter.kind}
        options={[
          { value: '', label: t('admin.members.filter.anyKind') },
          { value: 'user', label: t('admin.principal.user') },
          { value: 'client', label: t('admin.principal.client') },
        ]}
        onValue={(kind) => onFilter({ ...filter, kind: kind as MembershipFilter['kind'] })}
      />
      <SelectField
        id="members-organization"
        name="organization"
        label={t('admin.members.filter.organization')}
        value={filter.organization}
        options={[{ value: '', label: t('admin.members.filter.anyOrganization') }, ...(directory ?? []).map((o) => ({ value: o.slug, label: o.name }))]}
        onValue={(organization) => onFilter({ ...filter, organization })}
      />
      <TextField
        id="members-text"
        name="principal"
        type="search"
        label={t('admin.members.filter.text')}
        value={filter.text}
        onValue={(text) => onFilter({ ...filter, text })}
      />
    </div>
  );
}

export function MembershipTable({
  items,
  total,
  t,
  format,
  onRevoked,
}: {
  items: readonly Membership[];
  total: number;
  t: StaffT;
  format: AdminFormat;
  onRevoked: (message: string) => void;
}) {
  return (
    <>
      <p aria-live="polite">{t('admin.members.count', { shown: format.number(items.length), total: format.number(total) })}</p>
      {items.length === 0 ? null : (
        <table class="staff-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.members.col.principal')}</th>
              <th scope="col">{t('admin.members.col.kind')}</th>
              <th scope="col">{t('admin.members.col.organization')}</th>
              <th scope="col">{t('admin.members.col.since')}</th>
              <th scope="col">{t('admin.members.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <MembershipRow key={m.id} membership={m} t={t} format={format} onRevoked={onRevoked} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function MembershipRow({ membership: m, t, format, onRevoked }: { membership: Membership; t: StaffT; format: AdminFormat; onRevoked: (message: string) => void }) {
  const queries = useQueryClient();
  const [history, setHistory] = useState(false);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const historyId = `member-history-${m.id}`;
  return (
    <>
      <tr>
        <th scope="row">
          <code class="admin-principal">{m.principal}</code>
        </th>
        <td data-label={t('admin.members.col.kind')}>{t(`admin.principal.${m.principalKind}`)}</td>
        <td data-label={t('admin.members.col.organization')}>{m.organization.name}</td>
        <td data-label={t('admin.members.col.since')}>
          <time dateTime={m.createdAt}>{format.date(m.createdAt)}</time>
        </td>
        <td data-label={t('admin.members.col.actions')}>
          <span class="admin-row-actions">
            <button
              type="button"
              class="button"
              aria-expanded={history}
              aria-controls={historyId}
              aria-label={t('admin.members.historyOf', { principal: m.principal })}
              onClick={() => setHistory(!history)}
            >
              {t('admin.members.history')}
            </button>
            <button
              type="button"
              class="button button--danger"
              aria-label={t('admin.members.revokeOf', { principal: m.principal, organization: m.organization.name })}
              onClick={() => {
                setFailed(false);
                setAsking(true);
              }}
            >
              {t('admin.members.revoke')}
            </button>
          </span>
          {failed ? (
            <p class="form-field__error" role="alert">
              {t('admin.members.revokeFailed')}
            </p>
          ) : null}
          <ConfirmDialog
            id={`revoke-${m.id}`}
            open={asking}
            title={t('admin.members.revokeTitle')}
            confirm={t('admin.members.revokeConfirm')}
            cancel={t('admin.cancel')}
            danger
            busy={busy}
            onCancel={() => setAsking(false)}
            onConfirm={() => {
              setBusy(true);
              // The list is read again before this resolves: this row, its dialog and the focus are gone by
              // then, and the page moves the focus to the result.
              revokeMembership(queries, m.id)
                .then(() => onRevoked(t('admin.members.revoked', { principal: m.principal, organization: m.organization.name })))
                .catch(() => setFailed(true))
                .finally(() => {
                  setBusy(false);
                  setAsking(false);
                });
            }}
          >
            <p>{t('admin.members.revokeBody', { kind: t(`admin.principal.${m.principalKind}`), principal: m.principal, organization: m.organization.name })}</p>
          </ConfirmDialog>
        </td>
      </tr>
      <tr id={historyId} hidden={!history} class="admin-history-row">
        <td colSpan={5}>{history ? <MembershipHistory id={m.id} t={t} format={format} /> : null}</td>
      </tr>
    </>
  );
}

/** The membership's audit entries: who granted it, when, and its revocation if any. */
export function MembershipHistory({ id, t, format }: { id: string; t: StaffT; format: AdminFormat }) {
  const events = useQuery(recordAuditQuery('membership', id));
  if (events.isPending) return <StaffLoading />;
  if (events.isError) return <StaffError retry={() => void events.refetch()} />;
  if (events.data.items.length === 0) return <p>{t('admin.members.historyNone')}</p>;
  return (
    <ul class="staff-notes">
      {events.data.items.map((e) => (
        <li key={e.id}>
          <time dateTime={e.occurredAt}>{format.dateTime(e.occurredAt)}</time> — {t(`admin.members.event.${e.action}`)}{' '}
          <span class="staff-list__meta">{t('admin.by', { actor: e.actor })}</span>{' '}
          <a href={`/admin/audit?type=membership&record=${encodeURIComponent(e.entityKey)}`}>{t('admin.members.inLog')}</a>
        </li>
      ))}
    </ul>
  );
}

function GrantForm({
  directory,
  memberships,
  onGranted,
}: {
  directory: readonly OrganizationSummary[] | undefined;
  memberships: readonly Membership[] | undefined;
  onGranted: (message: string) => void;
}) {
  const { t } = useStaffT();
  const queries = useQueryClient();
  const schema = useMemo(() => grantSchema(t), [t]);
  const [serverError, setServerError] = useState<ApiError | undefined>(undefined);
  const [confirming, setConfirming] = useState<GrantValues | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const principalInput = useRef<HTMLDivElement>(null);
  // A refused grant sends the focus to the identifier's field, once the dialog has given it back.
  const refused = useRef(false);
  // The form checks first; the confirmation step then names who gets access to what, and only its button writes.
  const form = useForm({
    defaultValues: EMPTY_GRANT,
    validators: { onSubmit: schema },
    onSubmit: ({ value }) => {
      setServerError(undefined);
      setConfirming({ ...value, principal: value.principal.trim() });
    },
  });
  const organizationName = (slug: string) => directory?.find((o) => o.slug === slug)?.name ?? slug;
  const problem = serverError ? problemMessages(serverError.problem, grantFieldOf) : undefined;
  // 409: this principal already acts for an organisation, which the list read names.
  const taken =
    serverError?.status === 409 && confirming === undefined
      ? existingMembership(memberships ?? [], form.state.values.principalKind, form.state.values.principal)
      : undefined;
  const principalError =
    serverError?.status === 409
      ? taken
        ? t('admin.members.takenBy', { organization: taken.organization.name })
        : t('admin.members.taken')
      : problem?.fields['principal'];

  const grant = (values: GrantValues) => {
    setBusy(true);
    grantMembership(queries, values)
      .then((created) => {
        form.reset();
        onGranted(t('admin.members.granted', { kind: t(`admin.principal.${created.principalKind}`), principal: created.principal, organization: created.organization.name }));
      })
      .catch((error: unknown) => {
        setServerError(error instanceof ApiError ? error : new ApiError(0));
        refused.current = true;
      })
      .finally(() => {
        setBusy(false);
        setConfirming(undefined);
      });
  };

  return (
    <section aria-labelledby="members-grant">
      <h2 id="members-grant">{t('admin.members.grant')}</h2>
      <form
        class="staff-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.handleSubmit();
        }}
      >
        {/* A 409 (this principal acts for another organisation) is said at the identifier's input. */}
        <FormProblem error={serverError?.status === 409 ? undefined : serverError} problem={problem} />
        <form.Field name="principalKind">
          {(field) => (
            <fieldset class="form-field">
              <legend class="field-label">{t('admin.members.kind')}</legend>
              {(['client', 'user'] as const).map((kind) => (
                <label key={kind} class="radio">
                  <input
                    type="radio"
                    name="principalKind"
                    value={kind}
                    checked={field.state.value === kind}
                    onChange={() => {
                      setServerError(undefined);
                      field.handleChange(kind);
                    }}
                  />
                  {t(`admin.members.kind.${kind}`)}
                </label>
              ))}
            </fieldset>
          )}
        </form.Field>
        <form.Subscribe selector={(s) => s.values.principalKind}>
          {(kind) => (
            <form.Field name="principal">
              {(field) => (
                <div ref={principalInput}>
                  <TextField
                    id="members-principal"
                    name="principal"
                    label={t(kind === 'client' ? 'admin.members.principal.client' : 'admin.members.principal.user')}
                    hint={t(kind === 'client' ? 'admin.members.principalHint.client' : 'admin.members.principalHint.user')}
                    value={field.state.value}
                    error={firstError(field.state.meta.errors) ?? principalError}
                    onValue={(value) => {
                      setServerError(undefined);
                      field.handleChange(value);
                    }}
                    onBlur={field.handleBlur}
                  />
                </div>
              )}
            </form.Field>
          )}
        </form.Subscribe>
        <form.Field name="organization">
          {(field) => (
            <SelectField
              id="members-org"
              name="organization"
              label={t('admin.members.organization')}
              value={field.state.value}
              error={firstError(field.state.meta.errors) ?? problem?.fields['organization']}
              options={[{ value: '', label: t('admin.members.organizationPick') }, ...(directory ?? []).map((o) => ({ value: o.slug, label: o.name }))]}
              onValue={(value) => {
                setServerError(undefined);
                field.handleChange(value);
              }}
            />
          )}
        </form.Field>
        <p class="actions">
          <button type="submit" class="button button--primary">
            {t('admin.members.grantOpen')}
          </button>
        </p>
      </form>
      <ConfirmDialog
        id="grant-confirm"
        open={confirming !== undefined}
        title={t('admin.members.grantTitle')}
        confirm={t('admin.members.grantConfirm')}
        cancel={t('admin.cancel')}
        busy={busy}
        onCancel={() => setConfirming(undefined)}
        onClosed={() => {
          if (refused.current) principalInput.current?.querySelector<HTMLInputElement>('input')?.focus();
          refused.current = false;
        }}
        onConfirm={() => confirming && grant(confirming)}
      >
        {confirming ? (
          <>
            <p>
              {t('admin.members.grantBody', {
                kind: t(`admin.principal.${confirming.principalKind}`),
                principal: confirming.principal,
                organization: organizationName(confirming.organization),
              })}
            </p>
            <p class="hint">{t('admin.members.grantHint')}</p>
          </>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
