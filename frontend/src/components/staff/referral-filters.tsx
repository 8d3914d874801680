// The three filters a referral list offers (status, due, order), shared by the desk's dashboard and the
// partner's inbox: each list keeps its own ids (the "/" shortcut focuses `${idPrefix}-status`), its own
// words and which statuses it may show (a partner never sees a draft).
import type { StaffKey } from '../../lib/i18n/staff';
import { useStaffT } from '../../lib/i18n/staff';
import type { ReferralStatus } from '../../lib/referrals/list';
import { SelectField } from './form-field';

export interface ReferralFilterValues {
  readonly status: '' | ReferralStatus;
  readonly due: '' | 'soon' | 'overdue';
  readonly sort: 'due' | 'created';
}

/** The words of one list's filters, by key. */
export interface ReferralFilterWords {
  readonly status: StaffKey;
  readonly anyStatus: StaffKey;
  readonly due: StaffKey;
  readonly anyDue: StaffKey;
  readonly soon: StaffKey;
  readonly overdue: StaffKey;
  readonly sort: StaffKey;
  readonly byDue: StaffKey;
  readonly byCreated: StaffKey;
}

/** The selects only: each list wraps them with its own extra filters. */
export function ReferralFilterFields({
  idPrefix,
  words,
  statuses,
  filter,
  change,
}: {
  idPrefix: string;
  words: ReferralFilterWords;
  statuses: readonly ReferralStatus[];
  filter: ReferralFilterValues;
  change: (patch: Partial<ReferralFilterValues>) => void;
}) {
  const { t } = useStaffT();
  return (
    <>
      <SelectField
        id={`${idPrefix}-status`}
        name="status"
        label={t(words.status)}
        value={filter.status}
        options={[{ value: '', label: t(words.anyStatus) }, ...statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        onValue={(status) => change({ status: status as ReferralFilterValues['status'] })}
      />
      <SelectField
        id={`${idPrefix}-due`}
        name="due"
        label={t(words.due)}
        value={filter.due}
        options={[
          { value: '', label: t(words.anyDue) },
          { value: 'soon', label: t(words.soon) },
          { value: 'overdue', label: t(words.overdue) },
        ]}
        onValue={(due) => change({ due: due as ReferralFilterValues['due'] })}
      />
      <SelectField
        id={`${idPrefix}-sort`}
        name="sort"
        label={t(words.sort)}
        value={filter.sort}
        options={[
          { value: 'due', label: t(words.byDue) },
          { value: 'created', label: t(words.byCreated) },
        ]}
        onValue={(sort) => change({ sort: sort as ReferralFilterValues['sort'] })}
      />
    </>
  );
}
