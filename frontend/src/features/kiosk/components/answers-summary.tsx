import type { Domain } from '../../../lib/api/client';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import type { T } from '../../../lib/i18n/translate';
import { frenchChoiceOf, hasAnyAnswer, type Answers } from '../../../lib/triage/answers';
import { townLabel } from '../model/town';

/** The answers as plain words, label and value, for the plan and the print view. */
export function answerRows(answers: Answers, domains: readonly Domain[], t: T): [string, string][] {
  const rows: [string, string][] = [];
  const needLabels = answers.needs.map((n) => domains.find((d) => d.code === n)?.label ?? n);
  rows.push([t('needs.heading'), needLabels.join(' · ')]);
  if (answers.ageBand) rows.push([t('q.age.heading'), t(`q.age.${answers.ageBand}` as MessageKey)]);
  const french = frenchChoiceOf(answers);
  if (french) rows.push([t('q.french.heading'), t(french.label)]);
  if (answers.household) rows.push([t('q.household.heading'), t(`q.household.${answers.household}` as MessageKey)]);
  const town = townLabel(answers);
  if (town) rows.push([t('q.city.heading'), town]);
  if (answers.status) rows.push([t('q.status.heading'), t(`q.status.${answers.status}` as MessageKey)]);
  return rows;
}

export function AnswersSummary({ answers, domains, t }: { answers: Answers; domains: readonly Domain[]; t: T }) {
  return (
    <>
      <dl class="answers">
        {answerRows(answers, domains, t).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {hasAnyAnswer(answers) ? null : <p class="hint">{t('plan.noAnswers')}</p>}
    </>
  );
}
