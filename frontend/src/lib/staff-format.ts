// Dates, numbers, lists and language names on the staff screens (the desk's, the partner's): Intl, in
// the staff language, in Paris time.
export const STAFF_TIME_ZONE = 'Europe/Paris';

export interface StaffFormat {
  readonly date: (iso: string) => string;
  readonly dateTime: (iso: string) => string;
  readonly days: (n: number) => string;
  readonly number: (n: number) => string;
  readonly list: (items: readonly string[]) => string;
  /** A BCP 47 tag's name ("ar": "Arabic"), the tag itself when the browser has none. */
  readonly language: (tag: string) => string;
}

export function staffFormat(lang: string): StaffFormat {
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: STAFF_TIME_ZONE });
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: STAFF_TIME_ZONE });
  const days = new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' });
  const number = new Intl.NumberFormat(lang);
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([lang], { type: 'language' });
  } catch {
    names = undefined;
  }
  const safe = (format: Intl.DateTimeFormat) => (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : format.format(d);
  };
  return {
    date: safe(date),
    dateTime: safe(dateTime),
    days: (n) => days.format(n),
    number: (n) => number.format(n),
    list: (items) => list.format(items),
    language: (tag) => {
      try {
        return names?.of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
  };
}
