import { packed } from './language-pack.js';

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
 * English here, the others in their language packs.
 */
export const separators = packed('separators', { comma: ', ', colon: ': ', open: ' (', close: ')' });
