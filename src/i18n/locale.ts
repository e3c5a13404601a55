import { atom } from 'nanostores';

/** The languages every widget ships strings for. */
export type CatalogLocale = 'en' | 'nl' | 'fr' | 'zh-CN';

/** One widget's strings in every catalog language. */
export type Catalog<T> = Readonly<Record<CatalogLocale, T>>;

/** The catalog language for any BCP 47 tag: `nl-BE` → `nl`, `zh-Hans-CN` → `zh-CN`, others → `en`. */
export function catalogLocale(tag: string): CatalogLocale {
  const language = tag.toLowerCase().split('-')[0];
  return language === 'zh' ? 'zh-CN' : language === 'nl' || language === 'fr' ? language : 'en';
}

/** The page's `<html lang>`, kept current for single-page apps that switch language. */
export const $pageLang = atom(document.documentElement.lang);

new MutationObserver(() => $pageLang.set(document.documentElement.lang)).observe(document.documentElement, {
  attributeFilter: ['lang'],
});

const compactFormats = new Map<string, Intl.NumberFormat>();

/** A count as people read it: 1.2K, 1,2 k, 1.2万. */
export function formatCompact(count: number, locale: string): string {
  let format = compactFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    compactFormats.set(locale, format);
  }
  return format.format(count);
}
