// Dates and numbers on the coordinator's screens: Intl, in the staff language, in Paris time (the city's
// clock, whatever the machine's). The desk has its own copy: a feature never imports another.
export const ADMIN_TIME_ZONE = 'Europe/Paris';

export interface AdminFormat {
  readonly date: (iso: string) => string;
  readonly dateTime: (iso: string) => string;
  readonly number: (n: number) => string;
  readonly months: (n: number) => string;
  readonly list: (items: readonly string[]) => string;
}

export function adminFormat(lang: string): AdminFormat {
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: ADMIN_TIME_ZONE });
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: ADMIN_TIME_ZONE });
  const number = new Intl.NumberFormat(lang);
  const months = new Intl.NumberFormat(lang, { style: 'unit', unit: 'month', unitDisplay: 'long' });
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  const safe = (format: Intl.DateTimeFormat) => (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : format.format(d);
  };
  return {
    date: safe(date),
    dateTime: safe(dateTime),
    number: (n) => number.format(n),
    months: (n) => months.format(n),
    list: (items) => list.format(items),
  };
}
