import { $consent, $settings } from '../core/config.js';
import { storage } from '../core/storage.js';

/** The longest note a checkout takes (the server's `CheckoutRequest.note`). */
export const GIFT_NOTE_MAX = 500;

const key = (productId: string) => `sc-widgets:${$settings.get().site}:gift-note:${productId}`;

/**
 * The gift note a person is writing for a product on this site, kept for the tab
 * (`sessionStorage`) so that a reload does not lose it; only with consent, like a
 * review's draft.
 */
export function savedGiftNote(productId: string): string {
  return ($consent.get() && storage('sessionStorage').getItem(key(productId))) || '';
}

/** Keeps the note on each keystroke; an empty note, or one sent (`''`), is forgotten. */
export function saveGiftNote(productId: string, note: string): void {
  try {
    if (!note) storage('sessionStorage').removeItem(key(productId));
    else if ($consent.get()) storage('sessionStorage').setItem(key(productId), note);
  } catch {
    // Storage full: the note lives on in the field.
  }
}
