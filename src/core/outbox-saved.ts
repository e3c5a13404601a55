/** Where the outbox keeps unconfirmed writes across reloads. */
export const OUTBOX_KEY = 'sc-widgets:outbox';

/** Whether a previous page left writes unconfirmed; checked without loading the outbox. */
export function hasSavedWrites(): boolean {
  try {
    return !!localStorage.getItem(OUTBOX_KEY);
  } catch {
    return false;
  }
}
