/**
 * Axis ticks a person reads at a glance: 0 up to at least `max`, in steps of 1, 2 or 5 times
 * a power of ten, about `count` of them (0, 20, 40, 60 rather than 0, 17, 34, 51). An axis of
 * zeros still has a scale: 0 and 1.
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const ticks: number[] = [];
  // Rounded to the step's decimals, so 0.1 + 0.2 shows as 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let tick = 0; ticks.at(-1) === undefined || ticks.at(-1)! < max; tick += step) ticks.push(Number(tick.toFixed(decimals)));
  return ticks;
}
