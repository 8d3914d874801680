import type { T } from '../../../lib/i18n/translate';
import { whatToBring } from '../model/bring';

/**
 * What to bring: the service's own documents (in the language the API found, so isolated: a French title
 * inside an Arabic list keeps the list's direction), then the advice.
 */
export function BringList({ accessMode, documents, t }: { accessMode: string | null | undefined; documents?: readonly string[] | null | undefined; t: T }) {
  const own = documents ?? [];
  return (
    <ul>
      {own.map((document, i) => (
        <li key={`d${i}`}>
          <bdi dir="auto">{document}</bdi>
        </li>
      ))}
      {whatToBring(accessMode, own.length > 0).map((key) => (
        <li key={key}>{t(key)}</li>
      ))}
    </ul>
  );
}
