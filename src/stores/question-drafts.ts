import { $consent, $settings } from '../core/config.js';
import { storage } from '../core/storage.js';

/** What a person has written of a question so far. */
export interface UnsentQuestion {
  readonly text: string;
  readonly author: string;
}

const key = (productId: string) => `sc-widgets:${$settings.get().site}:question-draft:${productId}`;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The question kept for the product, as review drafts are kept (review-drafts.ts): only with consent, only fields that make sense. */
export function savedQuestion(productId: string): UnsentQuestion {
  if (!$consent.get()) return { text: '', author: '' };
  try {
    const saved: Record<string, unknown> = JSON.parse(storage().getItem(key(productId)) ?? '{}') ?? {};
    return { text: text(saved.text), author: text(saved.author) };
  } catch {
    return { text: '', author: '' };
  }
}

/** Keeps the question across a failed send and a reload (each keystroke), only with consent. */
export function saveQuestion(productId: string, question: UnsentQuestion): void {
  if (!$consent.get()) return;
  try {
    if (!question.text && !question.author) storage().removeItem(key(productId));
    else storage().setItem(key(productId), JSON.stringify(question));
  } catch {
    // Storage full: the draft lives on in the form.
  }
}

/** Forgets the question once sent. */
export const forgetQuestion = (productId: string): void => storage().removeItem(key(productId));
