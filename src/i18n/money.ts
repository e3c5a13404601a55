import type { Money } from '../core/adapter.js';

const formats = new Map<string, Intl.NumberFormat>();

/** A price in the shopper's language, e.g. `€ 59,00`, `$59.00`, `¥5,900`. Minor units follow the currency (JPY has none). */
export function formatMoney({ amount, currency }: Money, locale: string): string {
  const key = `${locale}\n${currency}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { style: 'currency', currency })));
  return format.format(amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}
