/** Forms of a counted phrase by CLDR plural category; `other` is the one every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/**
 * The form `count` takes in `locale`: French says "1,5 article" where English says
 * "1.5 items", Polish and Arabic have up to six forms that a `count === 1` cannot tell apart.
 */
export const plural = (locale: string, count: number, forms: PluralForms): string =>
  forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
