// The retention setting: months after a case's last contact before it is anonymised, within the bounds
// the server states (6 to 24 today, the CNIL's référentiel for social support). The bounds come from the
// policy read, so the screen never holds numbers of its own.
import * as v from 'valibot';
import type { components } from '../../../lib/api/client';
import type { StaffT } from '../../../lib/i18n/staff';

export type RetentionPolicy = components['schemas']['RetentionPolicy'];

export function retentionSchema(policy: Pick<RetentionPolicy, 'minCaseMonths' | 'maxCaseMonths'>, t: StaffT) {
  const bounds = t('admin.retention.bounds', { min: policy.minCaseMonths, max: policy.maxCaseMonths });
  return v.object({
    caseMonths: v.pipe(
      v.string(),
      v.trim(),
      v.nonEmpty(bounds),
      v.regex(/^\d{1,3}$/, bounds),
      v.transform(Number),
      v.minValue(policy.minCaseMonths, bounds),
      v.maxValue(policy.maxCaseMonths, bounds),
    ),
  });
}

export function retentionFieldOf(serverField: string): 'caseMonths' | undefined {
  return serverField.replace(/^(body\.|\$\.)/, '') === 'caseMonths' ? 'caseMonths' : undefined;
}
