import type { Service, TriagePlan } from '../../../lib/api/client';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import type { T } from '../../../lib/i18n/translate';

/** Steps that run side by side across providers (language and work together, docs/architecture.md rule 8). */
export function Pathways({ plan, services, t }: { plan: TriagePlan; services: ReadonlyMap<string, Service>; t: T }) {
  if (plan.pathways.length === 0) {
    return null;
  }
  return (
    <section class="pathways" aria-labelledby="pathways-title">
      <h2 id="pathways-title">{t('plan.pathways')}</h2>
      {plan.pathways.map((p) => (
        <div key={p.code} class="pathway">
          <p>{t(`pathway.${p.code}` as MessageKey)}</p>
          <ul>
            {p.steps.map((s) => (
              <li key={`${s.order}-${s.service}`}>
                <strong>{t(s.key as MessageKey)}</strong>:{' '}
                <span lang={services.get(s.service)?.lang ?? plan.lang} dir="auto">
                  {services.get(s.service)?.name ?? s.service}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
