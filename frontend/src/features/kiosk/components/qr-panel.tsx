import { useApp } from '../../../lib/app-context';
import { planUrl } from '../model/qr';
import { setKiosk, useKiosk } from '../model/store';
import { QrCode } from './qr-code';

/** "Take it on my phone": the QR code, and the choice to include the status (unticked by default). */
export default function QrPanel() {
  const { t, lang } = useApp();
  const { answers, includeStatus } = useKiosk();
  const url = planUrl(window.location.origin, lang, answers, includeStatus);
  const hasStatus = answers.status !== undefined && answers.status !== 'prefer-not-to-say';
  return (
    <section class="qr-panel" aria-labelledby="qr-title">
      <h2 id="qr-title">{t('qr.heading')}</h2>
      <p>{t('qr.intro')}</p>
      <p class="hint">{t('qr.noName')}</p>
      {hasStatus ? (
        <div class="checkbox">
          <input
            id="include-status"
            type="checkbox"
            checked={includeStatus}
            aria-describedby="include-status-hint"
            onChange={(e) => setKiosk({ includeStatus: (e.target as HTMLInputElement).checked })}
          />
          <label for="include-status">{t('qr.includeStatus')}</label>
          <p id="include-status-hint" class="hint">
            {t('qr.includeStatusHint')}
          </p>
        </div>
      ) : null}
      <QrCode text={url} label={t('qr.alt')} />
      <p class="qr-panel__link">
        <span class="visually-hidden">{t('qr.link')}: </span>
        <code data-testid="qr-url" dir="ltr">
          {url}
        </code>
      </p>
    </section>
  );
}
