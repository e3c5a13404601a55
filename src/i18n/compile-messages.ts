import type { Catalogs } from './messages.js';
import { messageParams } from './message-params.js';

// Loaded only by a page that registers a language: it imports nothing at run time, so the
// one-file bundles load it from beside themselves as they load the language packs.

type Json = { readonly [key: string]: unknown };
type Names = readonly string[] | undefined;
type Params = { readonly [key: string]: Params | Names } | undefined;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** A template's text with each `{name}` replaced by the value of the last argument of that name (the text of a count). */
const fill = (template: string, names: readonly string[], args: readonly unknown[]): string =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (names.includes(name) ? String(args[names.lastIndexOf(name)]) : placeholder));

/** A message with values as a function of them; undefined for anything else (English then). */
function compileMessage(value: unknown, names: readonly string[], plurals: Intl.PluralRules): ((...args: unknown[]) => string) | undefined {
  if (typeof value === 'string') return (...args) => fill(value, names, args);
  if (!isObject(value) || typeof value.other !== 'string') return undefined;
  const forms = value as Record<string, string>;
  return (...args) => {
    // The count is the last number given: the total in "{shown} of {total} products".
    const count = args.filter((arg) => typeof arg === 'number').pop() as number;
    return fill(forms[plurals.select(count)] ?? forms.other!, names, args);
  };
}

/**
 * One catalog (or a part of one, such as the sort names) from JSON: what it lacks or holds in
 * the wrong shape is English, read from `fallback` when asked for, so a catalog loaded later
 * (another widget's entry) falls back as well.
 */
function compileSection(json: Json, params: Params, fallback: () => Json | undefined, plurals: Intl.PluralRules): Json {
  const own: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    const inner = params?.[key];
    const compiled = Array.isArray(inner)
      ? compileMessage(value, inner, plurals)
      : typeof value === 'string'
        ? value
        : isObject(value)
          ? compileSection(value, inner as Params, () => fallback()?.[key] as Json | undefined, plurals)
          : undefined;
    // Where English is loaded already, a value of another kind (an object for a text) is left out.
    const english = fallback()?.[key];
    if (compiled !== undefined && (english === undefined || typeof english === typeof compiled)) own[key] = compiled;
  }
  return Object.setPrototypeOf(own, new Proxy({}, { get: (_, key: string) => fallback()?.[key] })) as Json;
}

/** A language in the JSON format (see `Messages`) as the widgets' catalogs read it, falling back to `english` key by key. */
export function compileMessages(locale: string, messages: unknown, english: Partial<Catalogs>): Partial<Catalogs> {
  const plurals = new Intl.PluralRules(locale);
  const catalogs: Record<string, Json> = {};
  if (isObject(messages)) {
    for (const [key, value] of Object.entries(messages)) {
      if (isObject(value)) catalogs[key] = compileSection(value, (messageParams as Params)?.[key] as Params, () => english[key as keyof Catalogs] as Json | undefined, plurals);
    }
  }
  return catalogs as Partial<Catalogs>;
}
