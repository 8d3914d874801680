// The access journal of a case (issue 18; rule 4): every read and write of the case, its referrals and
// notes, with who, for which organisation, what, when and through which channel; never content. The case
// is found by its reference or id; its id then stays in the address, so reload and Back keep it.
import { keepPreviousData, useQuery } from '@tanstack/preact-query';
import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { components } from '../../../lib/api/client';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { adminCaseQuery, journalQuery } from '../api/cases';
import { organizationDirectoryQuery, type OrganizationSummary } from '../api/organizations';
import { AdminNav } from '../components/admin-nav';
import { CaseFacts } from '../components/case-facts';
import { CasePicker } from '../components/case-picker';
import { Pager } from '../components/pager';
import { isCaseId } from '../model/cases';
import { adminFormat, type AdminFormat } from '../model/format';
import { isDenied, journalActionKey, journalChannel } from '../model/journal';
import { organizationName } from '../model/organizations';

type JournalEntry = components['schemas']['AccessJournalEntry'];

export default function JournalPage() {
  const { t, lang } = useStaffT();
  useTitle(t('admin.journal.title'));
  const format = useMemo(() => adminFormat(lang), [lang]);
  const { query, route } = useLocation();
  const caseId = isCaseId(query['case']) ? query['case'].toLowerCase() : undefined;
  const page = Math.max(1, Math.min(100_000, Number.parseInt(query['page'] ?? '1', 10) || 1));
  const pick = (id: string) => route(`/admin/journal?case=${encodeURIComponent(id)}`);
  return (
    <>
      <AdminNav />
      <h1 tabIndex={-1}>{t('admin.journal.title')}</h1>
      <p class="lead">{t('admin.journal.intro')}</p>
      <CasePicker idPrefix="journal" onPick={pick} />
      {caseId ? (
        <CaseJournal
          caseId={caseId}
          page={page}
          t={t}
          format={format}
          go={(next) => route(`/admin/journal?case=${encodeURIComponent(caseId)}${next > 1 ? `&page=${next}` : ''}`)}
        />
      ) : null}
    </>
  );
}

function CaseJournal({ caseId, page, t, format, go }: { caseId: string; page: number; t: StaffT; format: AdminFormat; go: (page: number) => void }) {
  const kase = useQuery(adminCaseQuery(caseId));
  const journal = useQuery({ ...journalQuery(caseId, page), placeholderData: keepPreviousData });
  const directory = useQuery(organizationDirectoryQuery);
  return (
    <section aria-labelledby="journal-case" aria-busy={journal.isFetching}>
      <h2 id="journal-case">{kase.data ? t('admin.journal.of', { reference: kase.data.reference }) : t('admin.journal.ofId', { id: caseId })}</h2>
      {kase.data ? <CaseFacts kase={kase.data} t={t} format={format} /> : null}
      {journal.isPending ? (
        <StaffLoading />
      ) : journal.isError ? (
        <StaffError retry={() => void journal.refetch()} />
      ) : (
        <>
          <p>{t('admin.journal.count', { count: format.number(journal.data.totalItems) })}</p>
          <JournalTable entries={journal.data.items} directory={directory.data} t={t} format={format} />
          <Pager page={journal.data.page} pages={journal.data.totalPages} t={t} go={go} />
        </>
      )}
    </section>
  );
}

export function JournalTable({
  entries,
  directory,
  t,
  format,
}: {
  entries: readonly JournalEntry[];
  directory: readonly OrganizationSummary[] | undefined;
  t: StaffT;
  format: AdminFormat;
}) {
  if (entries.length === 0) return <p>{t('admin.journal.none')}</p>;
  return (
    <table class="staff-table admin-journal">
      <thead>
        <tr>
          <th scope="col">{t('admin.journal.col.when')}</th>
          <th scope="col">{t('admin.journal.col.who')}</th>
          <th scope="col">{t('admin.journal.col.organization')}</th>
          <th scope="col">{t('admin.journal.col.what')}</th>
          <th scope="col">{t('admin.journal.col.channel')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => {
          const action = journalActionKey(e.action);
          const channel = journalChannel(e.channel);
          const kind = e.principalKind === 'user' || e.principalKind === 'client' || e.principalKind === 'link' ? t(`admin.principal.${e.principalKind}`) : e.principalKind;
          return (
            <tr key={`${e.at}-${i}`} class={isDenied(e.action) ? 'admin-denied' : undefined}>
              <th scope="row">
                <time dateTime={e.at}>{format.dateTime(e.at)}</time>
              </th>
              <td data-label={t('admin.journal.col.who')}>
                {kind} <code class="admin-principal">{e.principal}</code>
              </td>
              <td data-label={t('admin.journal.col.organization')}>{organizationName(directory, e.organizationId, t)}</td>
              <td data-label={t('admin.journal.col.what')}>
                {action ? t(action) : <code>{e.action}</code>}
                {isDenied(e.action) ? <span class="badge badge--overdue">{t('admin.journal.deniedBadge')}</span> : null}
                {e.referralId ? <span class="staff-list__meta"> · {t('admin.journal.referral', { id: e.referralId.slice(0, 8) })}</span> : null}
              </td>
              <td data-label={t('admin.journal.col.channel')}>
                {channel ? t(channel.key, channel.client ? { client: channel.client } : undefined) : <code>{e.channel}</code>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
