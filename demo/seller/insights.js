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

/** How fast the shop answers, for members with the `insights` scope. */
export async function mountInsights(section, api) {
  const { days, firstAnswer } = await api.send('GET', 'insights');
  section.append(
    el('p', { id: 'first-answer' },
      firstAnswer.medianSeconds === null
        ? `No first answers in the last ${days} days.`
        : `Median time to the shop's first answer over the last ${days} days: ${duration(firstAnswer.medianSeconds)} (${firstAnswer.answered} first ${firstAnswer.answered === 1 ? 'answer' : 'answers'}).`,
    ),
  );
}
