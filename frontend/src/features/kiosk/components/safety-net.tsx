// The safety net of a need (NeedPlan.safetyNet): what public law and public services guarantee whatever
// the catalogue holds (115, child protection, 119, the right to school, 3919, 17, the desk). The API gives a
// code, a number and a source; the kiosk words each item from its code in the chosen language.
import { Bed, HeartHandshake, Landmark, Phone, School, ShieldAlert, ShieldCheck, Siren } from 'lucide';
import { SvgIcon, type IconNode } from '../../../components/icon';
import { Dial } from '../../../components/site-footer';
import type { components } from '../../../lib/api/schema';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import type { T } from '../../../lib/i18n/translate';
import { CAN_DIAL_QUERY, useMediaQuery } from '../../../lib/layout';

export type SafetyNetItem = components['schemas']['SafetyNetItem'];

/** The codes this version words, each with its icon (imported here, so they load with the plan only). */
const ICONS: Readonly<Record<string, IconNode>> = {
  'shelter-115': Bed,
  'child-protection': ShieldCheck,
  'child-in-danger-119': ShieldAlert,
  'school-right': School,
  'violence-3919': HeartHandshake,
  'police-17': Siren,
  'ask-the-desk': Landmark,
};

/** The items this version can word, in the API's order; an unknown code is left out, never shown raw. */
export function knownItems(items: readonly SafetyNetItem[]): SafetyNetItem[] {
  return items.filter((item) => Object.prototype.hasOwnProperty.call(ICONS, item.code));
}

export function safetyTitle(item: SafetyNetItem, t: T): string {
  return t(`safety.${item.code}.title` as MessageKey);
}

export function safetyText(item: SafetyNetItem, t: T): string {
  return t(`safety.${item.code}.text` as MessageKey);
}

const MARK = '\uE000';

/** A message cut around one of its placeholders, so the value can be set apart (a large number, a link). */
export function around(t: T, key: MessageKey, name: string): [string, string] {
  const text = t(key, { [name]: MARK });
  const at = text.indexOf(MARK);
  return at < 0 ? [`${text} `, ''] : [text.slice(0, at), text.slice(at + MARK.length)];
}

/** "legifrance.gouv.fr": where a source is, said as text where a link would lead out of the kiosk. */
function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * The source line: the title (written by Passerelle in English, with French law names), a link only where
 * the device is a phone; a shared kiosk never leads out of the app (the idle reset would stop there and
 * Back would bring the plan back to the next person), so it names the site instead.
 */
export function SafetySource({ item, t, link }: { item: SafetyNetItem; t: T; link: boolean }) {
  const [before, after] = around(t, 'safety.source', 'title');
  const { title, url } = item.source;
  return (
    <p class="safety__source" data-no-read>
      {before}
      {/* One left-to-right run: the brackets around the site stay in place in a right-to-left line. */}
      <bdi dir="ltr">
        {url && link ? (
          <a href={url} rel="noopener noreferrer" lang="en">
            {title}
          </a>
        ) : (
          <span lang="en">{title}</span>
        )}
        {url && !link ? ` (${hostOf(url)})` : null}
      </bdi>
      {after}
    </p>
  );
}

/** The number, large: a tel: link on a phone, large text to copy on a kiosk (as in the footer). */
export function SafetyCall({ phone, t, canDial }: { phone: string; t: T; canDial: boolean }) {
  const [before, after] = around(t, 'safety.call', 'phone');
  return (
    <p class="safety__call">
      <Dial number={phone} canDial={canDial} class="safety__phone">
        <SvgIcon node={Phone} size={28} />
        <span>
          {before}
          <strong dir="ltr">{phone}</strong>
          {after}
        </span>
      </Dial>
    </p>
  );
}

function Item({ item, t, canDial, need }: { item: SafetyNetItem; t: T; canDial: boolean; need: string }) {
  const id = `safety-${need}-${item.code}`;
  return (
    <article class={`safety safety--${item.code}`} aria-labelledby={id} data-code={item.code} data-lead={String(item.lead)}>
      <span class="safety__icon">
        <SvgIcon node={ICONS[item.code] ?? Landmark} size={36} />
      </span>
      <div class="safety__body">
        <h3 id={id} class="safety__title">
          {safetyTitle(item, t)}
        </h3>
        <p class="safety__text">{safetyText(item, t)}</p>
        {item.phone ? <SafetyCall phone={item.phone} t={t} canDial={canDial} /> : null}
        <SafetySource item={item} t={t} link={canDial} />
      </div>
    </article>
  );
}

/**
 * A need's safety-net items of one kind: those that lead (before the offers) or the others (after them).
 * `need` keeps the ids apart when a plan has several needs.
 */
export function SafetyNet({ items, t, need, lead }: { items: readonly SafetyNetItem[]; t: T; need: string; lead: boolean }) {
  const canDial = useMediaQuery(CAN_DIAL_QUERY);
  const shown = knownItems(items).filter((item) => item.lead === lead);
  if (shown.length === 0) {
    return null;
  }
  return (
    <ul class={`safety-net safety-net--${lead ? 'lead' : 'after'}`} aria-label={t('safety.label')} data-testid={`safety-${lead ? 'lead' : 'after'}`}>
      {shown.map((item) => (
        <li key={item.code}>
          <Item item={item} t={t} canDial={canDial} need={need} />
        </li>
      ))}
    </ul>
  );
}
