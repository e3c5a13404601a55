import { el } from './dom.js';

/** A span of seconds in days, hours and minutes ("1 d 3 h", "2 h 5 min", "under a minute"). */
export function duration(seconds) {
  const units = [['d', 86_400], ['h', 3_600], ['min', 60]];
  const parts = [];
  let left = seconds;
  for (const [unit, size] of units) {
    const count = Math.floor(left / size);
    if (count && parts.length < 2) parts.push(`${count} ${unit}`);
    left -= count * size;
  }
  return parts.join(' ') || 'under a minute';
}

/**
 * How fast the shop answers, then the charts (`<sc-insights>`, from /dist/sc-insights.js, which
 * seller.html loads: the console's own script, never a shopper's), for members with the
 * `insights` scope. `reader` is `{ endpoint, site, credential }`: the charts read as this member.
 */
export async function mountInsights(section, api, reader) {
  const { days, firstAnswer } = await api.send('GET', 'insights');
  section.append(
    el('p', { id: 'first-answer' },
      firstAnswer.medianSeconds === null
        ? `No first answers in the last ${days} days.`
        : `Median time to the shop's first answer over the last ${days} days: ${duration(firstAnswer.medianSeconds)} (${firstAnswer.answered} first ${firstAnswer.answered === 1 ? 'answer' : 'answers'}).`,
    ),
  );
  // The module seller.html's script tag loads (same URL, so the same copy), imported here for its
  // source when the section mounts: Node tests import seller.js, and with it this file, for sellerApi.
  const { restInsightsSource } = await import('/dist/sc-insights.js');
  const charts = document.createElement('sc-insights');
  charts.source = restInsightsSource(reader);
  section.append(charts);
}
