// Dates and numbers on the desk's screens: Intl, in the staff language, in Paris time.
export const DESK_TIME_ZONE = 'Europe/Paris';

export interface DeskFormat {
  readonly date: (iso: string) => string;
  readonly dateTime: (iso: string) => string;
  readonly days: (n: number) => string;
  readonly number: (n: number) => string;
  readonly list: (items: readonly string[]) => string;
}

export function deskFormat(lang: string): DeskFormat {
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: DESK_TIME_ZONE });
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: DESK_TIME_ZONE });
  const days = new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' });
  const number = new Intl.NumberFormat(lang);
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
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
  };
}
