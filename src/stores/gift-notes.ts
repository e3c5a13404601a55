import { $consent, $settings } from '../core/config.js';

/** The longest note a checkout takes (the server's `CheckoutRequest.note`). */
export const GIFT_NOTE_MAX = 500;

const key = (productId: string) => `sc-widgets:${$settings.get().site}:gift-note:${productId}`;

/**
 * The gift note a person is writing for a product on this site, kept for the tab
 * (`sessionStorage`) so that a reload does not lose it; only with consent, like a
 * review's draft.
 */
export function savedGiftNote(productId: string): string {
  try {
    return ($consent.get() && sessionStorage.getItem(key(productId))) || '';
  } catch {
    return '';
  }
}

/** Keeps the note on each keystroke; an empty note, or one sent (`''`), is forgotten. */
export function saveGiftNote(productId: string, note: string): void {
  try {
    if (!note) sessionStorage.removeItem(key(productId));
    else if ($consent.get()) sessionStorage.setItem(key(productId), note);
  } catch {
    // Storage full or blocked (a sandboxed frame): the note lives on in the field.
  }
}
