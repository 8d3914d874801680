// What the read-aloud control of one offer reads: the same facts as its card, block by block, each
// text tagged with the language it is in (the name in the API's language, French places as French).
import type { PlannedOffer, Service } from '../../../lib/api/client';
import type { Formatters } from '../../../lib/format';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import type { T } from '../../../lib/i18n/translate';
import { languageOfRun, type Segment } from '../../../lib/speech';
import { addressOf, noAddressKey } from './address';
import { whatToBring } from './bring';
import { reasonLines } from './reasons';

export function offerSegments(input: {
  offer: PlannedOffer;
  service: Service | undefined;
  t: T;
  f: Formatters;
  /** The interface language: every message is in it. */
  lang: string;
  /** The language the API wrote the offer names in. */
  nameLang: string | undefined;
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
  for (const line of reasonLines(offer.reasons, t, f)) {
    add(line.text);
    next();
  }
  add(t('plan.where'));
  const address = addressOf(service);
  if (address) add(address, languageOfRun(address, lang));
  else add(t(noAddressKey(offer.scope)));
  next();
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
