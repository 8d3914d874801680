import { Link } from '../../../components/link';
import type { components } from '../../../lib/api/schema';
import type { T } from '../../../lib/i18n/translate';
import { answerOf, type TownAnswer } from '../model/town';
import { TownChoice, townKey } from './town-option';

type PersonPlace = components['schemas']['PersonPlace'];

/**
 * Says when the town the person gave does not place them (several communes have that name, or none, which
 * leaves the services near them "maybe"): the candidates are offered right here, or the town question again.
 */
export function PlaceNotice({ place, city, t, onChoose }: {
  place: PersonPlace | null | undefined;
  city: string | undefined;
  t: T;
  onChoose: (town: TownAnswer) => void;
}) {
  if (!place || !city || place.status === 'found') return null;
  return (
    <div class="notice notice--warning place-notice" role="status" data-place={place.status}>
      <p>{place.status === 'ambiguous' ? t('q.city.which', { city }) : t('q.city.didYouMean')}</p>
      {place.candidates.length > 0 ? (
        <ul class="choice-list">
          {place.candidates.slice(0, 8).map((c) => (
            <TownChoice key={townKey(c)} commune={c} onChoose={(chosen) => onChoose(answerOf(chosen))} />
          ))}
        </ul>
      ) : null}
      <Link href="/kiosk/questions/city" class="button">
        {t('plan.change')}
      </Link>
    </div>
  );
}
