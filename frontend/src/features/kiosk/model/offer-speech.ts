// What the read-aloud control of one offer reads: the same facts as its card, block by block, each
// text tagged with the language it is in (the name in the API's language, French places as French).
import type { PlannedOffer, Service, ServiceLocation } from '../../../lib/api/client';
import type { Formatters } from '../../../lib/format';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import type { T } from '../../../lib/i18n/translate';
import { languageOfRun, type Segment } from '../../../lib/speech';
import { addressOf, noAddressKey, placeLine } from './address';
import { whatToBring } from './bring';
import { displayPhone, displayUrl } from './contact-format';
import { reasonLines } from '../../../lib/triage/reasons';

export function offerSegments(input: {
  offer: PlannedOffer;
  service: Service | undefined;
  t: T;
  f: Formatters;
  /** The interface language: every message is in it. */
  lang: string;
  /** The language the API wrote the offer names in. */
  nameLang: string | undefined;
  /** The one-stop-shop desk, read when it is the way in. */
  desk?: ServiceLocation | null | undefined;
}): Segment[] {
  const { offer, service, t, f, lang } = input;
  const out: Segment[] = [];
  let block = 0;
  const add = (text: string, textLang: string = lang) => out.push({ text, lang: textLang, block });
  const next = () => {
    block++;
  };
  add(t(`verdict.${offer.verdict}` as MessageKey));
  next();
  add(service?.name ?? offer.name, (service ? service.lang : (offer.lang ?? input.nameLang)) ?? languageOfRun(offer.name, lang));
  next();
  add(offer.organization.name, languageOfRun(offer.organization.name, lang));
  next();
  for (const line of reasonLines(offer.reasons, t, f, { deskIsTheWayIn: offer.wayIn?.desk ?? false })) {
    add(line.text);
    next();
  }
  const address = addressOf(service, offer.wayIn);
  const noWhere = noAddressKey(offer.scope);
  if (address || noWhere) {
    add(t('plan.where'));
    if (address) add(address, languageOfRun(address, lang));
    else if (noWhere) add(t(noWhere));
    next();
  }
  const wayIn = offer.wayIn;
  if (wayIn) {
    add(t(`way.${wayIn.code}` as MessageKey));
    next();
    if (wayIn.note) {
      add(wayIn.note, wayIn.noteLang ?? languageOfRun(wayIn.note, lang));
      next();
    }
    const contact = wayIn.contact;
    if (contact?.phone) {
      add(displayPhone(contact.phone));
      next();
    }
    if (contact?.email) {
      add(contact.email, 'fr');
      next();
    }
    if (contact?.url) {
      add(displayUrl(contact.url), 'fr');
      next();
    }
    if (wayIn.desk && input.desk) {
      add(`${t('way.desk')}:`);
      const line = placeLine(input.desk);
      add(line, languageOfRun(line, lang));
      next();
    }
  }
  add(t('bring.heading'));
  next();
  const documents = service?.requiredDocuments ?? [];
  for (const document of documents) {
    add(document, languageOfRun(document, lang));
    next();
  }
  for (const key of whatToBring(offer.accessMode, documents.length > 0)) {
    add(t(key));
    next();
  }
  return out;
}
