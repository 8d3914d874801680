export interface Section {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

export interface Page {
  readonly title: string;
  readonly sections: readonly Section[];
}

export type PageName = 'accessibility' | 'privacy' | 'legal' | 'complaint';

/** fr and en hold every page; the other kiosk languages hold at least the privacy notice (rule 12). */
export type PageSet = Partial<Record<PageName, Page>>;
