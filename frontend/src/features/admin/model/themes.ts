// Theme labels in every kiosk language: each input says its language and direction (lang, dir), a blank
// one means "no label in this language" (the kiosk then falls back to English, then French), and French
// and English are required, as everywhere in the product (rule 6).
import * as v from 'valibot';
import type { components } from '../../../lib/api/client';
import type { StaffT } from '../../../lib/i18n/staff';

export type ThemeDetail = components['schemas']['ThemeDetail'];

export interface KioskLanguage {
  readonly tag: string;
  readonly dir: 'ltr' | 'rtl';
}

/** The eight kiosk languages, in the kiosk's order; Arabic, Dari and Pashto are written right to left. */
export const KIOSK_LANGUAGES: readonly KioskLanguage[] = [
  { tag: 'fr', dir: 'ltr' },
  { tag: 'en', dir: 'ltr' },
  { tag: 'ar', dir: 'rtl' },
  { tag: 'fa-AF', dir: 'rtl' },
  { tag: 'ps', dir: 'rtl' },
  { tag: 'ti', dir: 'ltr' },
  { tag: 'uk', dir: 'ltr' },
  { tag: 'ru', dir: 'ltr' },
];
export const REQUIRED_LANGUAGES: ReadonlySet<string> = new Set(['fr', 'en']);
export const LABEL_MAX = 200;

export type LabelValues = Record<string, string>;

/** The form's values: one per kiosk language, blank where the theme has no label yet. */
export function labelValues(theme: Pick<ThemeDetail, 'labels'>): LabelValues {
  return Object.fromEntries(KIOSK_LANGUAGES.map(({ tag }) => [tag, theme.labels[tag] ?? '']));
}

/**
 * The body of PUT /api/v1/themes/{code}: the theme's domain and order unchanged, the labels trimmed, the
 * blank ones left out; a label in a language the screen does not edit is kept as it was.
 */
export function themeInput(theme: ThemeDetail, values: LabelValues): components['schemas']['ThemeInput'] {
  const labels: Record<string, string> = {};
  for (const [tag, label] of Object.entries(theme.labels)) {
    if (!KIOSK_LANGUAGES.some((l) => l.tag === tag)) labels[tag] = label;
  }
  for (const { tag } of KIOSK_LANGUAGES) {
    const label = (values[tag] ?? '').trim();
    if (label) labels[tag] = label;
  }
  return { domain: theme.domain, sortOrder: theme.sortOrder, labels };
}

export function labelsSchema(t: StaffT) {
  return v.object(
    Object.fromEntries(
      KIOSK_LANGUAGES.map(({ tag }) => {
        const bounded = v.pipe(v.string(), v.trim(), v.maxLength(LABEL_MAX, t('admin.themes.labelLong', { max: LABEL_MAX })));
        return [tag, REQUIRED_LANGUAGES.has(tag) ? v.pipe(bounded, v.nonEmpty(t('admin.themes.labelRequired'))) : bounded];
      }),
    ),
  );
}

/** The server names a label's field "labels[ar]", "labels.ar" or "labels<K>[ar]…"; the form's is "ar". */
export function labelFieldOf(serverField: string): string | undefined {
  const m = /labels[^[.]*[[.]([A-Za-z-]+)/.exec(serverField);
  const tag = m?.[1];
  return tag && KIOSK_LANGUAGES.some((l) => l.tag === tag) ? tag : undefined;
}

/** Which kiosk languages a theme still has no label in. */
export function missingLanguages(theme: Pick<ThemeDetail, 'labels'>): string[] {
  return KIOSK_LANGUAGES.map((l) => l.tag).filter((tag) => !theme.labels[tag]?.trim());
}
