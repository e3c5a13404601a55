import type { Catalogs } from './messages.js';

/** The languages every widget ships strings for. */
export type CatalogLocale = 'en' | 'nl' | 'fr' | 'zh-CN';

/**
 * Strings of languages beyond the ones a catalog holds itself, by locale, then by catalog: the
 * language packs loaded (src/locales) and the languages a shop registered (registerMessages).
 */
export const packs: { [locale: string]: Partial<Catalogs> } = {};

/** One widget's strings by language: English, and any it ships inline or was given (registerMessages). */
export type Catalog<T> = { readonly en: T; [locale: string]: T };

/**
 * The catalog language for any BCP 47 tag: a registered one (`de-CH`, else `de`), else a
 * shipped one (`nl-BE` → `nl`, `zh-Hans-CN` → `zh-CN`), else `en`.
 */
export function catalogLocale(tag: string): string {
  const language = tag.slice(0, 2).toLowerCase();
  return packs[tag] ? tag : packs[language] || language === 'nl' || language === 'fr' ? language : language === 'zh' ? 'zh-CN' : 'en';
}

/** The language a page speaks when no element says otherwise: the configured one, else `<html lang>`, else the browser's. */
export const pageLocale = (configured: string | undefined): string => configured || document.documentElement.lang || navigator.language;

/** A count as people read it, two significant digits: 1.2K, 12K, 1,2 k, 1.2万. */
export const formatCompact = (count: number, locale: string): string =>
  new Intl.NumberFormat(locale, { notation: 'compact' }).format(count);
