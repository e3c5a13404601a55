import type { Catalog } from './locale.js';

/**
 * How a language joins two parts of one accessible name: "Cart, 3 items", "5 étoiles : 2 avis",
 * "购物车，3 件商品". French keeps its colon with a narrow no-break space; Chinese uses full-width marks.
 */
export const separators: Catalog<{ readonly comma: string; readonly colon: string }> = {
  en: { comma: ', ', colon: ': ' },
  nl: { comma: ', ', colon: ': ' },
  fr: { comma: ', ', colon: '\u202F: ' },
  'zh-CN': { comma: '，', colon: '：' },
};
