import { atom } from 'nanostores';
import type { PollState } from '../core/adapter.js';
import { $consent, $settings, readyAdapter } from '../core/config.js';
import { createOnce } from '../core/idempotency-keys.js';
import { sectionOf } from '../adapters/sections.js';
import { storage } from '../core/storage.js';

const storageKey = (site: string) => `sc-widgets:${site}:asks`;

function saved(site: string): Record<string, string> {
  try {
    return JSON.parse(storage().getItem(storageKey(site)) ?? '{}');
  } catch {
    return {};
  }
}

/** The product ids of an ask as one key: `a b c`, in the order asked. */
export const askKey = (productIds: readonly string[]) => productIds.join(' ');

/**
 * The asks this visitor made on the current site, poll id by `askKey`: kept in this
 * browser, so the ask button shows an ask's results again after a reload.
 */
export const $asks = atom(saved($settings.get().site));
$settings.listen(({ site }) => $asks.set(saved(site)));

const asking = new Map<string, Promise<PollState>>();

/** Asks friends "which one?" among `productIds`; a second call while the first is under way shares it. */
export function ask(productIds: readonly string[]): Promise<PollState> {
  const key = askKey(productIds);
  const { site } = $settings.get();
  let made = asking.get(key);
  if (!made) {
    made = readyAdapter()
      .then((adapter) => sectionOf(adapter, 'polls'))
      .then((polls) => createOnce(`ask ${key}`, productIds, (idempotencyKey) => polls.ask(productIds, idempotencyKey)))
      .then((poll) => {
        if (site === $settings.get().site) $asks.set({ ...$asks.get(), [key]: poll.id });
        if ($consent.get()) storage().setItem(storageKey(site), JSON.stringify({ ...saved(site), [key]: poll.id }));
        return poll;
      })
      .finally(() => asking.delete(key));
    asking.set(key, made);
  }
  return made;
}
