// On every screen (docs/architecture.md rules 11 and 12): emergency numbers, how to complain, the public pages.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useApp } from '../lib/app-context';
import type { MessageKey } from '../lib/i18n/messages/en';
import { CAN_DIAL_QUERY, useMediaQuery, useStickyInsets } from '../lib/layout';
import { Icon } from './icon';
import { Link } from './link';

/** Public numbers only, France. 114: by SMS or text, for deaf and hard-of-hearing people; 3114: suicide. */
export const EMERGENCY_NUMBERS = ['112', '15', '17', '18', '114', '115', '119', '3114', '3919'] as const;

/** Shown folded on a phone: the two a newcomer most needs to see without opening anything. */
const FOLDED = ['112', '115'] as const;

/** The complaint body's own name: French everywhere, isolated so it keeps its order in RTL text. */
export const DEFENSEUR = 'Défenseur des droits';

const BARS = { top: ['.site-header'], bottom: ['.site-footer', '.emergency'] } as const;

/** A number: a tel: link where the device can dial, else large text to copy (a kiosk cannot dial). */
export function Dial({ number, canDial, class: cls, children }: {
  number: string; canDial: boolean; class: string; children: ComponentChildren;
}) {
  return canDial ? (
    <a class={cls} href={`tel:${number.replace(/\s/g, '')}`}>
      {children}
    </a>
  ) : (
    <span class={cls}>{children}</span>
  );
}

/** Wraps the Latin name inside a translated sentence in <bdi lang="fr">, so RTL text does not reorder it. */
function isolateName(text: string) {
  const at = text.indexOf(DEFENSEUR);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <bdi lang="fr">{DEFENSEUR}</bdi>
      {text.slice(at + DEFENSEUR.length)}
    </>
  );
}

export function SiteFooter() {
  const { t, config } = useApp();
  const canDial = useMediaQuery(CAN_DIAL_QUERY);
  const [open, setOpen] = useState(false);
  useStickyInsets(BARS);
  return (
    <footer class="site-footer" aria-label={t('footer.label')}>
      <section
        class={open ? 'emergency emergency--open' : 'emergency'}
        aria-labelledby="emergency-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
        onFocusOut={(e) => {
          // Folded again when focus leaves it, so the open list never covers what has focus.
          const next = e.relatedTarget;
          if (next instanceof Node && !e.currentTarget.contains(next)) setOpen(false);
        }}
      >
        <h2 id="emergency-title" class="emergency__title">
          <Icon name="phone" size={20} />
          {t('emergency.title')}
        </h2>
        <button
          type="button"
          class="emergency__toggle"
          aria-expanded={open}
          aria-controls="emergency-list"
          onClick={() => setOpen(!open)}
        >
          <Icon name="phone" size={20} />
          <span class="emergency__toggle-label">{t('emergency.short')}</span>
          <bdi class="emergency__toggle-numbers" dir="ltr" aria-hidden="true">
            {FOLDED.join(' · ')}
          </bdi>
        </button>
        <ul class="emergency__list" id="emergency-list">
          {EMERGENCY_NUMBERS.map((n) => (
            <li key={n}>
              <Dial number={n} canDial={canDial} class="emergency__number">
                <strong dir="ltr">{n}</strong> <span>{t(`emergency.${n}` as MessageKey)}</span>
              </Dial>
            </li>
          ))}
        </ul>
      </section>
      <nav class="footer-links" aria-label={t('footer.label')}>
        <p class="complaint">
          {isolateName(t('complaint.short'))}{' '}
          <Dial number={config.complaintPhone} canDial={canDial} class="complaint__phone">
            <bdi dir="ltr">{config.complaintPhone}</bdi>
          </Dial>
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
