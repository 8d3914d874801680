// Finds a case from its reference or id, for the access journal and the person's rights: the key typed is
// checked here (the field says what is wrong), then the server says which cases bear it. A reference is
// unique per desk and year, so two desks may answer: the coordinator picks by desk.
import { useQuery } from '@tanstack/preact-query';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { TextField } from '../../../components/staff/form-field';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { findCasesQuery } from '../api/cases';
import { organizationDirectoryQuery, type OrganizationSummary } from '../api/organizations';
import { caseKeyError, parseCaseKey, type CaseKey } from '../model/cases';
import { adminFormat, type AdminFormat } from '../model/format';
import { organizationName } from '../model/organizations';

export interface CaseMatch {
  readonly id: string;
  readonly reference: string;
  readonly deskId: string;
  readonly openedAt: string;
}

export function CasePicker({ idPrefix, onPick }: { idPrefix: string; onPick: (id: string) => void }) {
  const { t, lang } = useStaffT();
  const format = useMemo(() => adminFormat(lang), [lang]);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [key, setKey] = useState<CaseKey | undefined>(undefined);
  const found = useQuery({ ...findCasesQuery(key ?? { kind: 'id', id: '' }), enabled: key !== undefined });
  const directory = useQuery(organizationDirectoryQuery);
  const matches = key && found.isSuccess ? found.data : undefined;

  // One case: straight to it. Several (one per desk): the coordinator chooses.
  useEffect(() => {
    if (matches?.length === 1 && matches[0]) onPick(matches[0].id);
  }, [matches, onPick]);

  return (
    <section aria-labelledby={`${idPrefix}-find`}>
      <h2 id={`${idPrefix}-find`}>{t('admin.find.title')}</h2>
      <form
        class="staff-form staff-form--inline admin-find"
        role="search"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const message = caseKeyError(typed, t);
          setError(message);
          setKey(message ? undefined : parseCaseKey(typed));
        }}
      >
        <TextField
          id={`${idPrefix}-case`}
          name="case"
          label={t('admin.find.label')}
          hint={t('admin.find.hint')}
          value={typed}
          error={error}
          onValue={(value) => {
            setTyped(value);
            if (error) setError(undefined);
          }}
        />
        <p class="actions">
          <button type="submit" class="button button--primary">
            {t('admin.find.submit')}
          </button>
        </p>
      </form>
      <div aria-live="polite">
        {key === undefined ? null : found.isPending ? (
          <StaffLoading />
        ) : found.isError ? (
          <StaffError retry={() => void found.refetch()} />
        ) : (
          <CaseMatches matches={found.data} directory={directory.data} t={t} format={format} onPick={onPick} />
        )}
      </div>
    </section>
  );
}

export function CaseMatches({
  matches,
  directory,
  t,
  format,
  onPick,
}: {
  matches: readonly CaseMatch[];
  directory: readonly OrganizationSummary[] | undefined;
  t: StaffT;
  format: AdminFormat;
  onPick: (id: string) => void;
}) {
  if (matches.length === 0) return <p class="notice notice--info">{t('admin.find.none')}</p>;
  if (matches.length === 1) return null;
  return (
    <>
      <p>{t('admin.find.several', { count: format.number(matches.length) })}</p>
      <ul class="staff-list">
        {matches.map((m) => (
          <li key={m.id} class="staff-list__item">
            <button type="button" class="button" onClick={() => onPick(m.id)}>
              {t('admin.find.pick', {
                reference: m.reference,
                desk: organizationName(directory, m.deskId, t),
                date: format.date(m.openedAt),
              })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
