// The visit's first step: the plan the person made at the kiosk (its link pasted, or its QR code read by the
// desk's camera), or a triage started here. The link is read in the page and never put in the desk's URL.
import { useState } from 'preact/hooks';
import { useStaffT, type StaffT } from '../../../lib/i18n/staff';
import { TextField } from '../../../components/staff/form-field';
import type { VisitAction } from '../model/visit-flow';
import { readPlanLink, type PlanLinkError } from '../model/visit-link';
import { QrScanner } from './qr-scanner';

export function linkErrorText(t: StaffT, error: PlanLinkError): string {
  return t(error === 'empty' ? 'visit.link.empty' : error === 'no-needs' ? 'visit.link.noNeeds' : 'visit.link.invalid');
}

export function PlanLinkForm({ t, dispatch, initialError }: { t: StaffT; dispatch: (action: VisitAction) => void; initialError?: PlanLinkError }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<PlanLinkError | undefined>(initialError);
  return (
    <form
      class="staff-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const plan = readPlanLink(text);
        if (!plan.ok) {
          setError(plan.error);
          document.getElementById('visit-link')?.focus();
          return;
        }
        setText('');
        dispatch({ type: 'open-link', lang: plan.lang, answers: plan.answers });
      }}
    >
      <TextField
        id="visit-link"
        name="link"
        label={t('visit.link.label')}
        hint={t('visit.link.hint')}
        value={text}
        error={error ? linkErrorText(t, error) : undefined}
        onValue={(value) => {
          setText(value);
          setError(undefined);
        }}
      />
      <button type="submit" class="button button--primary">
        {t('visit.link.open')}
      </button>
    </form>
  );
}

export function StartStep({ dispatch }: { dispatch: (action: VisitAction) => void }) {
  const { t } = useStaffT();
  return (
    <>
      <p class="lead">{t('visit.start.intro')}</p>
      <p class="hint">{t('visit.memoryOnly')}</p>
      <section aria-labelledby="visit-link-title" class="visit-panel">
        <h2 id="visit-link-title">{t('visit.link.title')}</h2>
        <PlanLinkForm t={t} dispatch={dispatch} />
      </section>
      <section aria-labelledby="visit-scan-title" class="visit-panel">
        <h2 id="visit-scan-title">{t('visit.scan.title')}</h2>
        <QrScanner t={t} onPlan={(plan) => dispatch({ type: 'open-link', lang: plan.lang, answers: plan.answers })} />
      </section>
      <section aria-labelledby="visit-triage-title" class="visit-panel">
        <h2 id="visit-triage-title">{t('visit.triage.title')}</h2>
        <p>{t('visit.triage.offer')}</p>
        <p>
          <button type="button" class="button button--large" onClick={() => dispatch({ type: 'start-triage' })}>
            {t('visit.triage.start')}
          </button>
        </p>
      </section>
    </>
  );
}
