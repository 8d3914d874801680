// Dates and numbers on the partner's screens: Intl, in the staff language. An instant (the last edit) is said in
// Paris time; a calendar day (a source's date, a closure) is a day wherever it is read, so it is formatted as the
// day it names, never shifted by a time zone.
export const PARTNER_TIME_ZONE = 'Europe/Paris';

export interface PartnerFormat {
  /** An instant, such as the last edit, in Paris time. */
  readonly dateTime: (iso: string) => string;
  /** A calendar day, "2026-12-24". */
  readonly day: (isoDay: string) => string;
  readonly number: (n: number) => string;
  readonly list: (items: readonly string[]) => string;
  /** A weekday named by its RRULE code (MO..SU). */
  readonly weekday: (code: string) => string;
  /** A language named by its BCP 47 tag, in the staff language. */
  readonly language: (tag: string) => string;
}

const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export function partnerFormat(lang: string): PartnerFormat {
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: PARTNER_TIME_ZONE });
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([lang], { type: 'language' });
  } catch {
    names = undefined;
  }
  return {
    dateTime: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
    },
    day: (iso) => {
      const d = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : day.format(d);
    },
    number: (n) => number.format(n),
    list: (items) => list.format(items),
    // 2024-01-01 was a Monday: MO is that day, SU six days later.
    weekday: (code) => {
      const i = WEEK.indexOf(code as (typeof WEEK)[number]);
      return i < 0 ? code : weekday.format(new Date(Date.UTC(2024, 0, 1 + i)));
    },
    language: (tag) => {
      try {
        return names?.of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
  };
}
