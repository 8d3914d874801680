// Finds a case from its reference or id, for the access journal and the person's rights: the key typed is
// checked here (the field says what is wrong), then the server says which cases bear it. A reference is
// unique per desk and year, so two desks may answer: the coordinator picks by desk.
import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useMemo, useState } from 'preact/hooks';
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

type Search = { readonly state: 'idle' | 'loading' | 'failed' } | { readonly state: 'found'; readonly matches: readonly CaseMatch[] };

/** The case to open straight away: the only one found, if there is exactly one. */
export function onlyMatch(matches: readonly CaseMatch[]): string | undefined {
  return matches.length === 1 ? matches[0]?.id : undefined;
}

export function CasePicker({ idPrefix, onPick }: { idPrefix: string; onPick: (id: string) => void }) {
  const { t, lang } = useStaffT();
  const format = useMemo(() => adminFormat(lang), [lang]);
  const queries = useQueryClient();
  const directory = useQuery(organizationDirectoryQuery);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [search, setSearch] = useState<Search>({ state: 'idle' });

  // The search runs once per submission and picks from its own answer, never from an effect: a screen
  // that is leaving (the router keeps it on screen while the next one loads) must not pick again.
  const find = (key: CaseKey) => {
    setSearch({ state: 'loading' });
    queries
      .fetchQuery(findCasesQuery(key))
      .then((matches) => {
        const only = onlyMatch(matches);
        setSearch(only ? { state: 'idle' } : { state: 'found', matches });
        if (only) onPick(only);
      })
      .catch(() => setSearch({ state: 'failed' }));
  };

  return (
    <section aria-labelledby={`${idPrefix}-find`}>
      <h2 id={`${idPrefix}-find`}>{t('admin.find.title')}</h2>
      <form
        class="staff-form staff-form--inline admin-inline"
        role="search"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const message = caseKeyError(typed, t);
          setError(message);
          const key = message ? undefined : parseCaseKey(typed);
          if (key) find(key);
          else setSearch({ state: 'idle' });
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
          <button type="submit" class="button button--primary" disabled={search.state === 'loading'}>
            {t('admin.find.submit')}
          </button>
        </p>
      </form>
      <div aria-live="polite">
        {search.state === 'loading' ? (
          <StaffLoading />
        ) : search.state === 'failed' ? (
          <StaffError />
        ) : search.state === 'found' ? (
          <CaseMatches matches={search.matches} directory={directory.data} t={t} format={format} onPick={onPick} />
        ) : null}
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
