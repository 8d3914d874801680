// The person's rights (issue 18; decision 0019): a coordinator answers an access or erasure request. The
// case is found by its reference or id and shown without its person (a coordinator reads the metadata
// only); the export downloads as a JSON file; the erasure asks to type the case's reference, then sends
// the version read (If-Match), so only the case on screen is erased, and only as it was read.
import { useQuery, useQueryClient } from '@tanstack/preact-query';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError } from '../../../lib/api/client';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { useTitle } from '../../../lib/use-title';
import { TextField } from '../../../components/staff/form-field';
import { StaffError, StaffLoading } from '../../../components/staff/status';
import { adminCaseQuery, downloadCaseExport, eraseCase, type Case } from '../api/cases';
import { AdminNav } from '../components/admin-nav';
import { CaseFacts } from '../components/case-facts';
import { CasePicker } from '../components/case-picker';
import { ConfirmDialog } from '../components/confirm-dialog';
import { confirmsErasure, isCaseId } from '../model/cases';
import { adminFormat, type AdminFormat } from '../model/format';

export default function RightsPage() {
  const { t, lang } = useStaffT();
  useTitle(t('admin.rights.title'));
  const format = useMemo(() => adminFormat(lang), [lang]);
  const { query, route } = useLocation();
  const caseId = isCaseId(query['case']) ? query['case'].toLowerCase() : undefined;
  const pick = (id: string) => route(`/admin/cases?case=${encodeURIComponent(id)}`);
  return (
    <>
      <AdminNav />
      <h1 tabIndex={-1}>{t('admin.rights.title')}</h1>
      <p class="lead">{t('admin.rights.intro')}</p>
      <CasePicker idPrefix="rights" onPick={pick} />
      {caseId ? <CaseRights key={caseId} caseId={caseId} t={t} format={format} /> : null}
    </>
  );
}

function CaseRights({ caseId, t, format }: { caseId: string; t: StaffT; format: AdminFormat }) {
  const kase = useQuery(adminCaseQuery(caseId));
  if (kase.isPending) return <StaffLoading />;
  if (kase.isError) {
    return kase.error instanceof ApiError && kase.error.status === 404 ? (
      <p class="notice notice--info">{t('admin.find.none')}</p>
    ) : (
      <StaffError retry={() => void kase.refetch()} />
    );
  }
  return (
    <section aria-labelledby="rights-case">
      <h2 id="rights-case">{t('admin.rights.case', { reference: kase.data.reference })}</h2>
      <CaseFacts kase={kase.data} t={t} format={format} />
      <p>
        <a href={`/admin/journal?case=${encodeURIComponent(caseId)}`}>{t('admin.rights.journalLink')}</a>
      </p>
      <Export kase={kase.data} t={t} />
      <Erasure kase={kase.data} t={t} format={format} reload={() => void kase.refetch()} />
    </section>
  );
}

function Export({ kase, t }: { kase: Case; t: StaffT }) {
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  return (
    <section aria-labelledby="rights-export">
      <h3 id="rights-export">{t('admin.rights.export')}</h3>
      <p>{t('admin.rights.exportIntro')}</p>
      <p class="actions">
        <button
          type="button"
          class="button"
          disabled={state === 'busy'}
          onClick={() => {
            setState('busy');
            downloadCaseExport(kase.id, kase.reference)
              .then(() => setState('done'))
              .catch(() => setState('failed'));
          }}
        >
          {t('admin.rights.exportButton', { reference: kase.reference })}
        </button>
      </p>
      {state === 'failed' ? (
        <p class="notice notice--error" role="alert">
          {t('admin.rights.exportFailed')}
        </p>
      ) : (
        <p role="status">{state === 'done' ? t('admin.rights.exported') : ''}</p>
      )}
    </section>
  );
}

type ErasureResult = 'erased' | 'already' | 'stale' | 'failed';

function Erasure({ kase, t, format, reload }: { kase: Case; t: StaffT; format: AdminFormat; reload: () => void }) {
  const queries = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ErasureResult | undefined>(undefined);
  // Shown once the dialog has closed and given the focus back; the erase button is gone by then.
  const pending = useRef<ErasureResult | undefined>(undefined);
  const erased = kase.anonymisedAt != null;
  return (
    <section aria-labelledby="rights-erase">
      <h3 id="rights-erase">{t('admin.rights.erase')}</h3>
      <p>{t('admin.rights.eraseIntro')}</p>
      <ErasureResultNotice result={result} t={t} reload={reload} />
      {erased ? (
        <p>{t('admin.rights.erasedAlready', { date: format.dateTime(kase.anonymisedAt ?? '') })}</p>
      ) : (
        <p class="actions">
          <button
            type="button"
            class="button button--danger"
            onClick={() => {
              setTyped('');
              setError(undefined);
              setResult(undefined);
              setAsking(true);
            }}
          >
            {t('admin.rights.eraseOpen')}
          </button>
        </p>
      )}
      <ConfirmDialog
        id="erase-confirm"
        open={asking}
        title={t('admin.rights.eraseTitle', { reference: kase.reference })}
        confirm={t('admin.rights.eraseConfirm')}
        cancel={t('admin.cancel')}
        danger
        busy={busy}
        onCancel={() => setAsking(false)}
        onClosed={() => {
          if (pending.current) setResult(pending.current);
          pending.current = undefined;
        }}
        onConfirm={() => {
          if (!confirmsErasure(typed, kase.reference)) {
            setError(t('admin.rights.typeMismatch', { reference: kase.reference }));
            return;
          }
          setBusy(true);
          eraseCase(queries, kase.id, kase.version)
            .then(() => {
              pending.current = 'erased';
            })
            .catch((failure: unknown) => {
              const status = failure instanceof ApiError ? failure.status : 0;
              pending.current = status === 409 ? 'already' : status === 412 ? 'stale' : 'failed';
            })
            .finally(() => {
              setBusy(false);
              setAsking(false);
            });
        }}
      >
        <p>{t('admin.rights.eraseBody')}</p>
        <TextField
          id="erase-reference"
          name="reference"
          label={t('admin.rights.typeLabel', { reference: kase.reference })}
          hint={t('admin.rights.typeHint')}
          value={typed}
          error={error}
          onValue={(value) => {
            setTyped(value);
            setError(undefined);
          }}
        />
      </ConfirmDialog>
    </section>
  );
}

/** What became of the erasure; it takes the focus when it appears, so it is read out and seen. */
export function ErasureResultNotice({ result, t, reload }: { result: ErasureResult | undefined; t: StaffT; reload: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) box.current?.focus();
  }, [result]);
  if (!result) return null;
  if (result === 'erased') {
    return (
      <div ref={box} tabIndex={-1} class="notice notice--success" role="status">
        <p>{t('admin.rights.erased')}</p>
      </div>
    );
  }
  return (
    <div ref={box} tabIndex={-1} class="notice notice--error" role="alert">
      <p>{t(result === 'already' ? 'admin.rights.refused.already' : result === 'stale' ? 'admin.rights.refused.stale' : 'admin.rights.refused.other')}</p>
      {result === 'stale' ? (
        <button type="button" class="button" onClick={reload}>
          {t('admin.reload')}
        </button>
      ) : null}
    </div>
  );
}
