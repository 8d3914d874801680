// On every screen (docs/architecture.md rules 11 and 12): emergency numbers, how to complain, the public pages.
import { useApp } from '../lib/app-context';
import type { MessageKey } from '../lib/i18n/messages/en';
import { Icon } from './icon';
import { Link } from './link';

/** Public numbers only, France. */
export const EMERGENCY_NUMBERS = ['112', '15', '17', '18', '115', '119', '3919'] as const;

export function SiteFooter() {
  const { t, config } = useApp();
  return (
    <footer class="site-footer" aria-label={t('footer.label')}>
      <section class="emergency" aria-labelledby="emergency-title">
        <h2 id="emergency-title" class="emergency__title">
          <Icon name="phone" size={20} />
          {t('emergency.title')}
        </h2>
        <ul class="emergency__list">
          {EMERGENCY_NUMBERS.map((n) => (
            <li key={n}>
              <a class="emergency__number" href={`tel:${n}`}>
                <strong dir="ltr">{n}</strong> <span>{t(`emergency.${n}` as MessageKey)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <nav class="footer-links" aria-label={t('footer.label')}>
        <p class="complaint">
          {t('complaint.short')} 
          <a href={`tel:${config.complaintPhone.replace(/\s/g, '')}`} dir="ltr">
            {config.complaintPhone}
          </a>
        </p>
        <ul>
          <li>
            <Link href="/kiosk/complaint">{t('footer.complaint')}</Link>
          </li>
          <li>
            <Link href="/kiosk/accessibility">{t('footer.accessibility')}</Link>
          </li>
          <li>
            <Link href="/kiosk/privacy">{t('footer.privacy')}</Link>
          </li>
          <li>
            <Link href="/kiosk/legal">{t('footer.legal')}</Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
