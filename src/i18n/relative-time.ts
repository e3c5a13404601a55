const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** One formatter per locale: a thread formats every review's date on each render. */
const formats = new Map<string, Intl.RelativeTimeFormat>();

/** How long ago `date` was, as people say it: "3 days ago", "il y a 3 jours", "3天前". */
export function timeAgo(date: string, locale: string, now = Date.now()): string {
  const seconds = (Date.parse(date) - now) / 1000;
  const [unit, size] = units.find(([, size]) => Math.abs(seconds) >= size) ?? units[units.length - 1];
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format.format(Math.round(seconds / size), unit);
}
