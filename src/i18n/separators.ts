import type { Catalog } from './locale.js';

export interface Separators {
  readonly comma: string;
  readonly colon: string;
  /** Around a count after a label: "Reviews (12)", "评价（12）". */
  readonly open: string;
  readonly close: string;
}

/**
 * How a language joins parts of one text or name: "Ana, rated 5 out of 5", "5 étoiles : 2 avis",
 * "评价（12）". French keeps its colon with a narrow no-break space; Chinese uses full-width marks.
 */
export const separators: Catalog<Separators> = {
  en: { comma: ', ', colon: ': ', open: ' (', close: ')' },
  nl: { comma: ', ', colon: ': ', open: ' (', close: ')' },
  fr: { comma: ', ', colon: '\u202F: ', open: ' (', close: ')' },
  'zh-CN': { comma: '，', colon: '：', open: '（', close: '）' },
};
