import { Icon } from '../../../components/icon';
import type { T } from '../../../lib/i18n/translate';

/**
 * "Automatic translation": said beside an offer's name or text when the API served a machine translation
 * (textOrigin "machine", issue 14). It is written in the interface language, so it sits outside the element
 * that carries the offer text's own lang; `lang` names the interface language where the surroundings may
 * carry another one (a print column, a card whose name is in another language).
 */
export function MachineLabel(props: { origin: string | null | undefined; t: T; lang?: string | undefined }) {
  if (props.origin !== 'machine') {
    return null;
  }
  return (
    <p class="machine-label" data-testid="machine-translation" lang={props.lang}>
      <Icon name="languages" size={16} />
      <span>{props.t('content.machine')}</span>
    </p>
  );
}

/** The service page's notice: the label, and a sentence saying what it means and what to do. */
export function MachineNotice(props: { origin: string | null | undefined; t: T }) {
  if (props.origin !== 'machine') {
    return null;
  }
  return (
    <div class="notice notice--info machine-notice" data-testid="machine-translation">
      <p class="machine-label">
        <Icon name="languages" size={16} />
        <strong>{props.t('content.machine')}</strong>
      </p>
      <p>{props.t('content.machineNotice')}</p>
    </div>
  );
}
