import type { LanguagePack } from './language-pack.js';
import type { ToggleMessages } from '../components/toggle-button/toggle-button.component.js';
import type { FailureMessages } from './failure-messages.js';
import type { PluralForms } from './plural.js';

/** Every widget's strings, by catalog: the language packs' and those the toggle buttons and failures keep inline. */
export interface Catalogs extends LanguagePack {
  readonly likeButton: ToggleMessages;
  readonly wishlistButton: ToggleMessages;
  readonly failure: FailureMessages;
}

/**
 * One message as a shop writes it, in JSON: a text, or for a message with values a template
 * whose `{name}` placeholders take them, or an object of such templates by plural form
 * (`{ "one": "{count} Bewertung", "other": "{count} Bewertungen" }`), chosen by the count.
 */
export type MessageText<M> = M extends (...args: never[]) => string
  ? string | PluralForms
  : M extends string
    ? string
    : { readonly [K in keyof M]: MessageText<M[K]> };

/** A language for every widget, as `registerMessages` and `data-messages` take it: every key, or TypeScript says which is missing. */
export type Messages = MessageText<Catalogs>;
