import { useState } from 'preact/hooks';
import { Icon, isIconName } from '../../../components/icon';
import { Loading } from '../../../components/loading';
import { useApp } from '../../../lib/app-context';
import { navigate } from '../../../lib/router';
import { useTitle } from '../../../lib/use-title';
import { useDomains } from '../api/themes';
import { setAnswers, useKiosk } from '../model/store';
import { BackButton } from '../components/back-button';

/** Screen 2: what do you need? Large tiles, one per domain, several may be chosen. */
export function NeedsRoute() {
  const { t, lang } = useApp();
  const { answers } = useKiosk();
  const domains = useDomains(lang);
  const [error, setError] = useState(false);
  useTitle(t('needs.heading'));

  const toggle = (code: string) => {
    setError(false);
    const has = answers.needs.includes(code);
    setAnswers({ needs: has ? answers.needs.filter((n) => n !== code) : [...answers.needs, code] });
  };
  const go = (path: string) => {
    if (answers.needs.length === 0) {
      setError(true);
      return;
    }
    navigate(path);
  };

  return (
    <section class="screen" aria-labelledby="screen-title">
      <BackButton href="/" />
      <h1 id="screen-title" tabIndex={-1}>
        {t('needs.heading')}
      </h1>
      <p class="lead" id="needs-intro">
        {t('needs.intro')}
      </p>
      {domains.state === 'loading' ? <Loading /> : null}
      {domains.state === 'error' ? (
        <div role="alert" class="notice notice--error">
          <p>{t('needs.loadError')}</p>
          <button type="button" class="button" onClick={domains.retry}>
            {t('app.retry')}
          </button>
        </div>
      ) : null}
      {domains.state === 'ready' ? (
        <ul class="tile-grid" aria-describedby="needs-intro">
          {domains.data.map((d) => {
            const pressed = answers.needs.includes(d.code);
            return (
              <li key={d.code}>
                <button
                  type="button"
                  class="tile tile--need"
                  aria-pressed={pressed}
                  data-need={d.code}
                  onClick={() => toggle(d.code)}
                >
                  <span class="tile__icon">
                    <Icon name={isIconName(d.icon) ? d.icon : 'help'} size={40} />
                  </span>
                  <span class="tile__label" lang={d.lang ?? undefined}>
                    {d.label}
                  </span>
                  <span class="tile__check" aria-hidden="true">
                    {pressed ? <Icon name="check" size={28} /> : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {error ? (
        <p role="alert" class="notice notice--error">
          {t('needs.chooseOne')}
        </p>
      ) : null}
      <div class="actions actions--sticky">
        <button type="button" class="button button--primary button--large" onClick={() => go('/kiosk/plan')}>
          {t('needs.seePlan')}
        </button>
        <button type="button" class="button button--large" onClick={() => go('/kiosk/questions/age')}>
          {t('needs.questions')}
        </button>
      </div>
    </section>
  );
}
