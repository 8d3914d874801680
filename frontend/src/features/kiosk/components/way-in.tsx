// How to get in, on every offer (docs/architecture.md §9, the way in): what to do first, the phone, e-mail
// and website (the service's own or its organisation's, which it says), or the one-stop-shop desk with its
// address and hours. The place and its hours are the card's "where" and reasons. Never a dead end.
import { Globe, Mail } from 'lucide';
import { Icon, SvgIcon } from '../../../components/icon';
import type { ServiceLocation, WayIn } from '../../../lib/api/client';
import type { Formatters } from '../../../lib/format';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import type { T } from '../../../lib/i18n/translate';
import { placeLine } from '../model/address';
import { isolate } from '../../../lib/triage/reasons';
import { displayPhone, displayUrl } from '../model/contact-format';

const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** One line per open day: the weekday and its opening times, in the week's order. */
export function hoursByDay(slots: ServiceLocation['slots'], f: Formatters): { day: string; times: string[] }[] {
  const byDay = new Map<string, string[]>();
  [...slots]
    .sort((a, b) => WEEK.indexOf(a.weekday) - WEEK.indexOf(b.weekday) || a.opensAt.localeCompare(b.opensAt))
    .forEach((s) => {
      const times = byDay.get(s.weekday) ?? [];
      times.push(`${f.time(s.opensAt)}–${f.time(s.closesAt)}`);
      byDay.set(s.weekday, times);
    });
  return [...byDay].map(([day, times]) => ({ day: f.weekday(day), times }));
}

/** The opening times of a day, each isolated left to right, so an RTL line keeps them in order. */
function Times({ times }: { times: readonly string[] }) {
  return (
    <>
      {times.map((time, i) => (
        <span key={time}>
          {i > 0 ? ' · ' : null}
          <bdi dir="ltr">{time}</bdi>
        </span>
      ))}
    </>
  );
}

/** The one-stop-shop desk: its address, whether it is open now, its hours; example hours said so. */
export function DeskBlock({ desk, t, f, print = false }: { desk: ServiceLocation; t: T; f: Formatters; print?: boolean }) {
  const days = hoursByDay(desk.slots, f);
  if (print) {
    // On paper, one running paragraph: the address, the hours day after day, "example hours".
    return (
      <p class="way-in__desk">
        <strong>{t('way.desk')}:</strong> <bdi dir="auto">{placeLine(desk)}</bdi>
        {days.map((line) => (
          <span key={line.day}>
            {' — '}
            {line.day} <Times times={line.times} />
          </span>
        ))}
        {desk.illustrative ? <span class="hint"> {t('reason.hours.illustrative')}</span> : null}
      </p>
    );
  }
  return (
    <div class="way-in__desk">
      <p class="way-in__place">
        <Icon name="pin" />
        <span>
          <strong>{t('way.desk')}:</strong> <bdi dir="auto">{placeLine(desk)}</bdi>
        </span>
      </p>
      <p class={desk.openNow ? 'open-now open-now--yes' : 'open-now'}>
        <Icon name="clock" />
        <span>
          {desk.openNow && desk.openUntil ? t('service.openNow', { until: f.time(desk.openUntil) }) : t('service.closedNow')}
          {desk.illustrative ? <span class="hint"> {t('reason.hours.illustrative')}</span> : null}
        </span>
      </p>
      {/* Folded: a plan shows the desk under every offer it is the way in of. */}
      <details class="way-in__hours-box">
        <summary>{t('service.hours')}</summary>
        <ul class="way-in__hours">
          {days.map((line) => (
            <li key={line.day}>
              {line.day} <Times times={line.times} />
            </li>
          ))}
        </ul>
        {desk.illustrative ? <p class="hint">{t('service.illustrative')}</p> : null}
      </details>
    </div>
  );
}

/**
 * The way in of one offer. {@code canDial}: a phone, where tel:, mailto: and web links work; a kiosk shows
 * the number large and the addresses as text to copy (a link there only opens an error or a browser).
 * {@code print}: text only, no "open now".
 */
export function WayInBlock(props: {
  wayIn: WayIn | null | undefined;
  desk: ServiceLocation | null | undefined;
  organization: string;
  t: T;
  f: Formatters;
  canDial: boolean;
  print?: boolean;
}) {
  const { wayIn, desk, t, f, canDial } = props;
  if (!wayIn) {
    return null;
  }
  const { contact } = wayIn;
  return (
    <div class="way-in" data-way-in={wayIn.code}>
      <p class="way-in__what">
        <strong>{t('service.access')}:</strong> {t(`way.${wayIn.code}` as MessageKey)}
        {wayIn.inferred && !wayIn.desk ? <span class="hint"> {t('reason.inferred')}</span> : null}
      </p>
      {wayIn.note ? (
        <p class="way-in__note" lang={wayIn.noteLang ?? undefined} dir="auto">
          {wayIn.note}
        </p>
      ) : null}
      {contact ? (
        <ul class="way-in__contact">
          {contact.phone ? (
            <li class="way-in__phone">
              <Icon name="phone" />
              {canDial && !props.print ? (
                <a href={`tel:${contact.phone}`} dir="ltr">
                  {displayPhone(contact.phone)}
                </a>
              ) : (
                <strong dir="ltr">{displayPhone(contact.phone)}</strong>
              )}
            </li>
          ) : null}
          {contact.email ? (
            <li>
              <SvgIcon node={Mail} />
              {canDial && !props.print ? (
                <a href={`mailto:${contact.email}`} dir="ltr">
                  {contact.email}
                </a>
              ) : (
                <bdi dir="ltr">{contact.email}</bdi>
              )}
            </li>
          ) : null}
          {contact.url ? (
            <li>
              <SvgIcon node={Globe} />
              {canDial && !props.print ? (
                <a href={contact.url} target="_blank" rel="noopener noreferrer" dir="ltr">
                  {displayUrl(contact.url)}
                </a>
              ) : (
                <bdi dir="ltr">{displayUrl(contact.url)}</bdi>
              )}
            </li>
          ) : null}
          {contact.from === 'organization' ? (
            <li class="hint">{t('way.fromOrganization', { organization: isolate(props.organization) })}</li>
          ) : null}
        </ul>
      ) : null}
      {wayIn.desk && desk ? <DeskBlock desk={desk} t={t} f={f} print={props.print ?? false} /> : null}
    </div>
  );
}
