// Numbers, dates, times and lists through Intl, in the chosen language and the desk's time zone.
export interface Formatters {
  readonly number: (n: number) => string;
  /** "14:00" (a local wall-clock time from the API) in the language's style. */
  readonly time: (hhmm: string) => string;
  /** An ISO date or instant, as a long date. */
  readonly date: (iso: string) => string;
  readonly list: (items: readonly string[]) => string;
  /** The weekday name for an RRULE BYDAY code (MO, TU, …). */
  readonly weekday: (byday: string) => string;
  readonly language: (tag: string) => string;
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export function createFormatters(lang: string, timeZone: string): Formatters {
  const numberFormat = new Intl.NumberFormat(lang);
  // 24-hour clock everywhere: it matches the hours posted at the door in France.
  const timeFormat = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone });
  const dayOnlyFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const weekdayFormat = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  const listFormat = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  let languageNames: Intl.DisplayNames | undefined;
  try {
    languageNames = new Intl.DisplayNames([lang], { type: 'language' });
  } catch {
    languageNames = undefined;
  }
  return {
    number: (n) => numberFormat.format(n),
    time: (hhmm) => {
      const m = /^(\d{1,2}):(\d{2})/.exec(hhmm);
      return m ? timeFormat.format(Date.UTC(2026, 0, 5, Number(m[1]), Number(m[2]))) : hhmm;
    },
    date: (iso) => {
      // A plain date (2024-06-19) is a calendar day: format it as such, never shifted by a time zone.
      const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
      const d = new Date(day ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(d.getTime()) ? iso : (day ? dayOnlyFormat : dateFormat).format(d);
    },
    list: (items) => listFormat.format(items),
    weekday: (byday) => {
      const i = BYDAY.indexOf(byday.toUpperCase());
      // 5 January 2026 is a Monday.
      return i < 0 ? byday : weekdayFormat.format(Date.UTC(2026, 0, 5 + i));
    },
    language: (tag) => {
      try {
        return languageNames?.of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
  };
}
