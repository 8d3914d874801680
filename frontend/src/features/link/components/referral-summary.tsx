// What the link shows of the referral: before acceptance what the organisation needs to decide (the
// service, who sent it, the needs, the languages, the desk's message, the conditions met or not), and after
// it the person's fields the consent allows. Only what the API sends: this page adds nothing of its own.
import { Fragment } from 'preact';
import type { Formatters } from '../../../lib/format';
import type { LinkKey, LinkT } from '../../../lib/i18n/link';
import type { ReferralLink } from '../model/link-flow';

/** Isolates a reference or a name inside a sentence of the other direction (PAS-2026-000123 in Arabic). */
export const isolate = (text: string) => `\u2068${text}\u2069`;

export function ReferralSummary({
  link,
  t,
  format,
  needs,
}: {
  link: ReferralLink;
  t: LinkT;
  format: Formatters;
  needs: ReadonlyMap<string, string>;
}) {
  const r = link.referral;
  const accepted = link.purpose === 'outcome' && r.answeredAt;
  return (
    <section aria-labelledby="link-summary" class="link-card">
      <h2 id="link-summary">{t('link.summary')}</h2>
      <dl class="link-facts">
        <dt>{t('link.service')}</dt>
        <dd dir="auto">{r.service.name}</dd>
        <dt>{t('link.organization')}</dt>
        <dd dir="auto">{link.organization.name}</dd>
        <dt>{t('link.desk')}</dt>
        <dd dir="auto">{link.desk.name}</dd>
        <dt>{t('link.reference')}</dt>
        <dd>
          <bdi>{r.caseReference}</bdi>
        </dd>
        <dt>{t('link.sentAt')}</dt>
        <dd>{format.date(r.sentAt)}</dd>
        {accepted ? (
          <>
            <dt>{t('link.acceptedAt')}</dt>
            <dd>{format.date(accepted)}</dd>
          </>
        ) : r.dueAt ? (
          <>
            <dt>{t('link.dueAt')}</dt>
            <dd>{format.date(r.dueAt)}</dd>
          </>
        ) : null}
        <dt>{t('link.needs')}</dt>
        <dd>{r.needs.length > 0 ? format.list(r.needs.map((n) => needs.get(n) ?? n)) : t('link.notStated')}</dd>
        <dt>{t('link.spoken')}</dt>
        <dd>{r.languages.length > 0 ? format.list(r.languages.map((l) => format.language(l))) : t('link.notStated')}</dd>
      </dl>
      {r.note ? (
        <>
          <h3>{t('link.note')}</h3>
          <p class="link-note" dir="auto">
            {r.note}
          </p>
        </>
      ) : null}
      {r.facts.length > 0 ? (
        <>
          <h3>{t('link.facts')}</h3>
          <p class="hint">{t('link.factsIntro')}</p>
          <dl class="link-facts">
            {r.facts.map((f) => (
              <Fragment key={f.fact}>
                <dt>{factLabel(f.fact, t)}</dt>
                <dd class={`link-met link-met--${f.met}`}>{metLabel(f.met, t)}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      ) : null}
      <DeskContact link={link} t={t} />
    </section>
  );
}

const FACTS: Readonly<Record<string, LinkKey>> = { age: 'link.fact.age', status: 'link.fact.status', language: 'link.fact.language' };
const MET: Readonly<Record<string, LinkKey>> = { met: 'link.met.met', 'not-met': 'link.met.not-met', unknown: 'link.met.unknown' };
const factLabel = (fact: string, t: LinkT) => (FACTS[fact] ? t(FACTS[fact]) : fact);
const metLabel = (met: string, t: LinkT) => (MET[met] ? t(MET[met]) : met);

/** Whom to ask: the desk by name, with its organisation's own e-mail and phone when the catalogue has them. */
export function DeskContact({ link, t }: { link: ReferralLink; t: LinkT }) {
  const { name, email, phone } = link.desk;
  return (
    <div class="link-desk">
      <p>{t('link.deskContact', { desk: isolate(name) })}</p>
      {email ? <p>{around(t('link.deskEmail'), '{email}', <a href={`mailto:${email}`} dir="ltr">{email}</a>)}</p> : null}
      {phone ? <p>{around(t('link.deskPhone'), '{phone}', <a href={`tel:${phone}`} dir="ltr">{phone}</a>)}</p> : null}
    </div>
  );
}

/** A sentence with an element where its placeholder is, in whatever place the language puts it. */
export function around(sentence: string, placeholder: string, node: preact.ComponentChild) {
  const [before, after] = sentence.split(placeholder);
  return (
    <>
      {before}
      {node}
      {after}
    </>
  );
}

const CHANNELS: Readonly<Record<string, LinkKey>> = {
  phone: 'link.channel.phone',
  sms: 'link.channel.sms',
  email: 'link.channel.email',
  'in-person': 'link.channel.in-person',
  'through-the-desk': 'link.channel.through-the-desk',
};
const STATUSES: Readonly<Record<string, LinkKey>> = {
  'prefer-not-to-say': 'link.status.prefer-not-to-say',
  'asylum-seeker': 'link.status.asylum-seeker',
  refugee: 'link.status.refugee',
  'resettled-refugee': 'link.status.resettled-refugee',
  'residence-permit': 'link.status.residence-permit',
  'work-authorised': 'link.status.work-authorised',
  undocumented: 'link.status.undocumented',
  'temporary-protection': 'link.status.temporary-protection',
  stateless: 'link.status.stateless',
};

/** The person's fields the consent allows, as the API returns them after acceptance: nothing more. */
export function SharedPerson({ link, t }: { link: ReferralLink; t: LinkT }) {
  const person = link.referral.person;
  if (!person) return null;
  const rows: [LinkKey, string][] = [];
  if (person.name) rows.push(['link.person.name', person.name]);
  if (person.contactChannel) rows.push(['link.person.contact', CHANNELS[person.contactChannel] ? t(CHANNELS[person.contactChannel]!) : person.contactChannel]);
  // A year, not a quantity: never grouped ("1 999") by a number format.
  if (person.birthYear != null) rows.push(['link.person.birthYear', String(person.birthYear)]);
  if (person.status) rows.push(['link.person.status', STATUSES[person.status] ? t(STATUSES[person.status]!) : person.status]);
  return (
    <section aria-labelledby="link-person" class="link-card">
      <h2 id="link-person">{t('link.person')}</h2>
      {rows.length > 0 ? (
        <>
          <p class="hint">{t('link.personIntro')}</p>
          <dl class="link-facts">
            {rows.map(([label, value]) => (
              <Fragment key={label}>
                <dt>{t(label)}</dt>
                <dd dir="auto">{value}</dd>
              </Fragment>
            ))}
          </dl>
        </>
      ) : (
        <p>{t('link.personNone')}</p>
      )}
    </section>
  );
}
