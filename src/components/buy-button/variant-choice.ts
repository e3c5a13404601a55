import type { Variant } from '../../core/adapter.js';

/** What a person picked so far: option name to value. */
export type Choice = Readonly<Record<string, string>>;

/** A product's options, in the order its variants name them, each with its values: `[['size', ['S', 'M']]]`. */
export function optionsOf(variants: readonly Variant[]): [name: string, values: string[]][] {
  const options = new Map<string, Set<string>>();
  for (const variant of variants) {
    for (const [name, value] of Object.entries(variant.options)) {
      if (!options.has(name)) options.set(name, new Set());
      options.get(name)!.add(value);
    }
  }
  return [...options].map(([name, values]) => [name, [...values]]);
}

/** The choice with every option that has a single value filled in: nothing to ask there. */
export function withSingleValues(variants: readonly Variant[], choice: Choice): Choice {
  const single = optionsOf(variants).filter(([, values]) => values.length === 1);
  return { ...Object.fromEntries(single.map(([name, [value]]) => [name, value])), ...choice };
}

/** The variant the choice names: the only one, or the one matching every option. */
export function variantOf(variants: readonly Variant[], choice: Choice): Variant | undefined {
  if (variants.length === 1) return variants[0];
  return variants.find((variant) => Object.entries(variant.options).every(([name, value]) => choice[name] === value));
}

/** The first option still to choose. */
export const missingOption = (variants: readonly Variant[], choice: Choice): string | undefined =>
  optionsOf(variants).find(([name]) => !choice[name])?.[0];

/** Whether no variant with this value of the option is in stock. */
export const soldOut = (variants: readonly Variant[], name: string, value: string): boolean =>
  variants.filter((variant) => variant.options[name] === value).every((variant) => variant.stock === 0);
