/** See budgets.mjs: the limit of a row of the README's budgets table, in bytes (KB rows) or milliseconds. */
export function readBudgets(readme?: URL | string): (name: string, unit: 'KB' | 'ms') => number;
