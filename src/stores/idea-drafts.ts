import { $consent, $settings } from '../core/config.js';
import { storage } from '../core/storage.js';

/** What a person has written of an idea so far. */
export interface UnsentIdea {
  readonly title: string;
  readonly text: string;
  readonly author: string;
}

export const emptyIdea: UnsentIdea = { title: '', text: '', author: '' };

const key = (boardId: string) => `sc-widgets:${$settings.get().site}:idea-draft:${boardId}`;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The draft kept for the board on this site, or an empty one; as review drafts
 * (review-drafts.ts): nothing is read or kept without consent, and a draft edited by hand
 * yields only the fields that still make sense.
 */
export function savedIdea(boardId: string): UnsentIdea {
  if (!$consent.get()) return emptyIdea;
  try {
    const saved: Record<string, unknown> = JSON.parse(storage().getItem(key(boardId)) ?? '{}') ?? {};
    return { title: text(saved.title), text: text(saved.text), author: text(saved.author) };
  } catch {
    return emptyIdea;
  }
}

/** Keeps the draft across a failed post and a reload, only with consent; called on each keystroke. */
export function saveIdea(boardId: string, idea: UnsentIdea): void {
  if (!$consent.get()) return;
  try {
    if (!idea.title && !idea.text && !idea.author) storage().removeItem(key(boardId));
    else storage().setItem(key(boardId), JSON.stringify(idea));
  } catch {
    // Storage full: the draft lives on in the form.
  }
}

/** Forgets the draft once the idea is posted. */
export function forgetIdea(boardId: string): void {
  storage().removeItem(key(boardId));
}
