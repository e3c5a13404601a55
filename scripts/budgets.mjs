import { readFileSync } from 'node:fs';

/**
 * The project's budgets, read from the README's table between `<!-- budgets:start -->` and
 * `<!-- budgets:end -->`, so the limits the scripts check are the ones the README states.
 * @returns {(name: string, unit: 'KB' | 'ms') => number} the limit of the row named `name`, in
 *   bytes for KB and in milliseconds for ms; it throws for a row or unit the table lacks.
 */
export function readBudgets(readme = new URL('../README.md', import.meta.url)) {
  const text = readFileSync(readme, 'utf8');
  const table = /<!-- budgets:start -->([\s\S]*?)<!-- budgets:end -->/.exec(text)?.[1];
  if (!table) throw new Error('README.md has no budgets table (<!-- budgets:start --> … <!-- budgets:end -->)');
  const limits = new Map(
    [...table.matchAll(/^\| ([^|]+?) \| ([\d.]+) (KB|ms) \|/gm)].map(([, name, value, unit]) => [name, { value: Number(value), unit }]),
  );
  return (name, unit) => {
    const limit = limits.get(name);
    if (!limit || limit.unit !== unit) throw new Error(`README.md's budgets table has no row "${name}" in ${unit}`);
    return unit === 'KB' ? limit.value * 1024 : limit.value;
  };
}
