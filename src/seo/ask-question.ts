/** An ask's question in English, around its products' titles: the share button's default and the ask page's. */
export const englishAskQuestion = (choices: string): string => `Which one should I get: ${choices}?`;

/**
 * An ask's question in `locale`, among products titled `titles`, joined with the language's
 * "or" ("A, B, or C"; "A, B of C"): the same words in what is shared and in the ask page's preview.
 */
export const askQuestion = (question: (choices: string) => string, locale: string, titles: readonly string[]): string =>
  question(new Intl.ListFormat(locale, { type: 'disjunction' }).format(titles));
