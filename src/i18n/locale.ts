/** The languages every widget ships strings for. */
export type CatalogLocale = 'en' | 'nl' | 'fr' | 'zh-CN';

/** One widget's strings in every catalog language. */
export type Catalog<T> = Readonly<Record<CatalogLocale, T>>;

/** The catalog language for any BCP 47 tag: `nl-BE` → `nl`, `zh-Hans-CN` → `zh-CN`, others → `en`. */
export function catalogLocale(tag: string): CatalogLocale {
  const language = tag.slice(0, 2).toLowerCase();
  return language === 'zh' ? 'zh-CN' : language === 'nl' || language === 'fr' ? language : 'en';
}

/** A count as people read it, two significant digits: 1.2K, 12K, 1,2 k, 1.2万. */
export const formatCompact = (count: number, locale: string): string =>
  new Intl.NumberFormat(locale, { notation: 'compact' }).format(count);
