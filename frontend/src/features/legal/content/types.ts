export interface Section {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export interface Page {
  readonly title: string;
  readonly sections: readonly Section[];
}

export type PageName = 'accessibility' | 'privacy' | 'legal' | 'complaint';

export const PAGE_NAMES: readonly PageName[] = ['privacy', 'accessibility', 'legal', 'complaint'];

/**
 * Every kiosk language holds every page (rule 12; issue 14 translated the accessibility statement, the
 * legal notices and the complaint page, which fell back to English): the compiler checks it, and
 * pages.test.ts checks that no page is empty or left in English.
 */
export type PageSet = Record<PageName, Page>;
