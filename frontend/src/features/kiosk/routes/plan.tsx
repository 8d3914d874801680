import { useEffect, useState } from 'preact/hooks';
import { Icon } from '../../../components/icon';
import { Link } from '../../../components/link';
import { Loading } from '../../../components/loading';
import { useApp } from '../../../lib/app-context';
import { lazy } from '../../../lib/lazy';
import { navigate } from '../../../lib/router';
import { useTitle } from '../../../lib/use-title';
import { usePlan } from '../api/plan';
import { useDomains } from '../api/themes';
import { AnswersSummary } from '../components/answers-summary';
import { NeedSection } from '../components/need-section';
import { PlaceNotice } from '../components/place-notice';
import { Pathways } from '../components/pathways';
import { encodeFragment } from '../../../lib/triage/answers';
import { useKiosk } from '../model/store';
import { setTown } from '../model/town';
import { rememberDesk } from '../model/desk';

// The QR code library loads only when the person asks for it (kiosk JS budget).
const QrPanel = lazy(() => import('../components/qr-panel'), () => <Loading />);

/** Screen 4: the personal plan. */
export default function PlanRoute() {
  const { t, f, lang } = useApp();
  const { answers } = useKiosk();
  const plan = usePlan(answers, lang);
  const domains = useDomains(lang);
  const [showQr, setShowQr] = useState(false);
  useTitle(t('plan.heading'));
  // The kiosk's own address bar holds the answers (never the status) so a reload, even offline, works.
  const hash = encodeFragment(lang, answers, { includeStatus: false });
  useEffect(() => {
    if (answers.needs.length > 0 && window.location.hash.replace(/^#/, '') !== hash) {
      navigate('/kiosk/plan', { hash, replace: true });
    }
  }, [hash, answers.needs.length]);

  if (answers.needs.length === 0) {
    return (
      <section class="screen" aria-labelledby="screen-title">
        <h1 id="screen-title" tabIndex={-1}>
          {t('plan.heading')}
        </h1>
        <p>{t('plan.empty')}</p>
        <Link href="/kiosk/needs" class="button button--primary">
          {t('needs.heading')}
        </Link>
      </section>
    );
  }
  if (plan.state === 'ready') {
    rememberDesk(plan.data.plan.desk);
  }
  const domainList = domains.state === 'ready' ? domains.data : [];
  return (
    <section class="screen plan" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('plan.heading')}
      </h1>
      <p class="lead">{t('plan.intro')}</p>
      <details class="answers-box">
        <summary>{t('plan.yourAnswers')}</summary>
        <AnswersSummary answers={answers} domains={domainList} t={t} />
        <Link href="/kiosk/questions/age" class="button">
          {t('plan.change')}
        </Link>
      </details>
      <div class="actions no-print" role="group" aria-label={t('plan.actions')}>
        <Link href="/kiosk/plan/print" hash={hash} class="button button--primary">
          <Icon name="printer" />
          <span>{t('actions.print')}</span>
        </Link>
        <button type="button" class="button" aria-expanded={showQr} aria-controls="qr-panel" onClick={() => setShowQr(!showQr)}>
          <Icon name="qr" />
          <span>{t('actions.qr')}</span>
        </button>
      </div>
      <div id="qr-panel">{showQr ? <QrPanel /> : null}</div>
      {plan.state === 'loading' ? <Loading label={t('plan.loading')} /> : null}
      {plan.state === 'error' ? (
        <div role="alert" class="notice notice--error">
          <p>{plan.unreachable || !window.navigator.onLine ? t('offline.noData') : t('plan.error')}</p>
          <button type="button" class="button" onClick={plan.retry}>
            {t('app.retry')}
          </button>
        </div>
      ) : null}
      {plan.state === 'ready' ? (
        <>
          <PlaceNotice place={plan.data.plan.place} city={answers.city} t={t} onChoose={setTown} />
          <Pathways plan={plan.data.plan} services={plan.data.services} t={t} />
          {plan.data.plan.needs.map((need) => (
            <NeedSection
              key={need.need}
              need={need}
              domain={domainList.find((d) => d.code === need.need)}
              services={plan.data.services}
              t={t}
              f={f}
              hash={hash}
              nameLang={plan.data.plan.lang}
              desk={plan.data.plan.desk}
            />
          ))}
        </>
      ) : null}
    </section>
  );
}
