// The hours and permanences editor of one place: weekly slots and temporary closures as form rows, turned into
// the schedule PUT .../locations/{location}/schedule takes, and checked before any request by the same rules as
// the server (ScheduleInput and Schedules.validate), on the same paths (slots[2].closesAt), so one message shows
// at one input whether the browser or the server found it.
import type { components } from '../../../lib/api/client';

export type ScheduleInput = components['schemas']['ScheduleInput'];
export type PlaceSchedule = components['schemas']['PlaceSchedule'];
export type Weekday = components['schemas']['ScheduleSlotInput']['weekday'];

export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export const SLOTS_MAX = 42;
export const CLOSURES_MAX = 20;
export const REASON_MAX = 200;
/** A closure is temporary: from a year on, the service's status says it instead. */
export const CLOSURE_MAX_DAYS = 366;

export interface SlotRow {
  weekday: Weekday;
  opensAt: string;
  closesAt: string;
  /** A day YYYY-MM-DD, or '' for no bound. */
  validFrom: string;
  validTo: string;
  walkIn: boolean;
  appointment: boolean;
  interpreting: boolean;
}

export interface ClosureRow {
  startsOn: string;
  endsOn: string;
  reason: string;
}

export interface ScheduleValues {
  slots: SlotRow[];
  closures: ClosureRow[];
}

export function scheduleValues(place: Pick<PlaceSchedule, 'schedule'>): ScheduleValues {
  return {
    slots: place.schedule.slots.map((s) => ({
      weekday: s.weekday,
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      validFrom: s.validFrom ?? '',
      validTo: s.validTo ?? '',
      walkIn: s.walkIn === true,
      appointment: s.appointment === true,
      interpreting: s.interpreting === true,
    })),
    closures: place.schedule.closures.map((c) => ({ startsOn: c.startsOn, endsOn: c.endsOn, reason: c.reason ?? '' })),
  };
}

/** A new slot: the day after the last one, the same hours, walk-in; or Monday morning. */
export function newSlot(slots: readonly SlotRow[]): SlotRow {
  const last = slots.at(-1);
  if (!last) {
    return { weekday: 'MO', opensAt: '09:00', closesAt: '12:00', validFrom: '', validTo: '', walkIn: true, appointment: false, interpreting: false };
  }
  const next = WEEKDAYS[(WEEKDAYS.indexOf(last.weekday) + 1) % WEEKDAYS.length] ?? 'MO';
  return { ...last, weekday: next, validFrom: '', validTo: '' };
}

/** A new closure: empty dates to fill in (a date picked for the person would be easy to save by mistake). */
export const newClosure = (): ClosureRow => ({ startsOn: '', endsOn: '', reason: '' });

export function toScheduleInput(v: ScheduleValues): ScheduleInput {
  return {
    slots: v.slots.map((s) => ({
      weekday: s.weekday,
      opensAt: s.opensAt.trim(),
      closesAt: s.closesAt.trim(),
      validFrom: s.validFrom || null,
      validTo: s.validTo || null,
      walkIn: s.walkIn,
      appointment: s.appointment,
      interpreting: s.interpreting,
    })),
    closures: v.closures.map((c) => ({ startsOn: c.startsOn, endsOn: c.endsOn, reason: c.reason.trim() || null })),
  };
}

export interface ScheduleMessages {
  readonly required: string;
  readonly time: string;
  readonly closesAfterOpens: string;
  readonly day: string;
  readonly validToAfterFrom: string;
  readonly overlaps: (other: number) => string;
  readonly endsAfterStarts: string;
  readonly tooLong: string;
  readonly reasonTooLong: string;
  readonly tooManySlots: string;
  readonly tooManyClosures: string;
}

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day (not 2027-02-30), as a UTC time; undefined otherwise. */
function dayOf(value: string): number | undefined {
  if (!DAY.test(value)) return undefined;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? undefined : time;
}

const periodsMeet = (a: SlotRow, b: SlotRow) =>
  (a.validFrom || '0000-01-01') <= (b.validTo || '9999-12-31') && (b.validFrom || '0000-01-01') <= (a.validTo || '9999-12-31');

/** Every mistake, by the path of its input; empty when the schedule can be sent. */
export function validateSchedule(v: ScheduleValues, m: ScheduleMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.slots.length > SLOTS_MAX) errors['slots'] = m.tooManySlots;
  if (v.closures.length > CLOSURES_MAX) errors['closures'] = m.tooManyClosures;
  v.slots.forEach((s, i) => {
    const at = `slots[${i}]`;
    let ok = true;
    for (const key of ['opensAt', 'closesAt'] as const) {
      const value = s[key].trim();
      if (value === '') errors[`${at}.${key}`] = m.required;
      else if (!TIME.test(value)) errors[`${at}.${key}`] = m.time;
      if (errors[`${at}.${key}`]) ok = false;
    }
    for (const key of ['validFrom', 'validTo'] as const) {
      if (s[key] !== '' && dayOf(s[key]) === undefined) {
        errors[`${at}.${key}`] = m.day;
        ok = false;
      }
    }
    if (!ok) return;
    if (s.opensAt >= s.closesAt) {
      errors[`${at}.closesAt`] = m.closesAfterOpens;
      return;
    }
    if (s.validFrom && s.validTo && s.validTo < s.validFrom) {
      errors[`${at}.validTo`] = m.validToAfterFrom;
      return;
    }
    const clash = v.slots.findIndex(
      (o, j) => j < i && o.weekday === s.weekday && o.opensAt < o.closesAt && s.opensAt < o.closesAt && o.opensAt < s.closesAt && periodsMeet(s, o),
    );
    if (clash >= 0) errors[`${at}.opensAt`] = m.overlaps(clash + 1);
  });
  v.closures.forEach((c, i) => {
    const at = `closures[${i}]`;
    const start = dayOf(c.startsOn);
    const end = dayOf(c.endsOn);
    if (c.startsOn === '') errors[`${at}.startsOn`] = m.required;
    else if (start === undefined) errors[`${at}.startsOn`] = m.day;
    if (c.endsOn === '') errors[`${at}.endsOn`] = m.required;
    else if (end === undefined) errors[`${at}.endsOn`] = m.day;
    if (start !== undefined && end !== undefined) {
      if (end < start) errors[`${at}.endsOn`] = m.endsAfterStarts;
      else if ((end - start) / 86_400_000 >= CLOSURE_MAX_DAYS) errors[`${at}.endsOn`] = m.tooLong;
    }
    if (c.reason.trim().length > REASON_MAX) errors[`${at}.reason`] = m.reasonTooLong;
  });
  return errors;
}

/** The server names the same paths; anything else of the body (slots, closures, the body itself) goes above. */
export function scheduleFieldOf(serverField: string): string | undefined {
  const field = serverField.replace(/^(body\.|\$\.)/, '');
  return /^(slots|closures)(\[\d+\](\.\w+)?)?$/.test(field) ? field : undefined;
}
