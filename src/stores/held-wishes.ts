import type { WishlistsApi, WishState } from '../core/adapter.js';
import { $consent, $settings, readyAdapter } from '../core/config.js';
import type { ToggleFamily } from '../core/toggle-family.js';
import { sectionOf } from '../adapters/sections.js';
import { localWishlists } from '../adapters/local/local-wishlists.js';
import { $wishesSaved, chosenVariants } from './wishes.js';
import { newList } from './wishlists.js';

type Wishes = ToggleFamily<WishState>;

/**
 * Wish lists before the page has consent (`consent(false)`): kept on this device only,
 * sent nowhere. Once consent comes, they move to the backend's lists (the default list to
 * the default one, a named list to the list of that name) and every widget reads again.
 */
const devices = new Map<string, WishlistsApi>();
export function heldLists(site = $settings.get().site): WishlistsApi {
  let lists = devices.get(site);
  if (!lists) devices.set(site, (lists = localWishlists(`${site}:held`)));
  return lists;
}

/** Products shown from this device, read again from the backend once consent comes. */
const shown = new Set<string>();
let wishesOf: Wishes | undefined;

export async function loadHeld(wishes: Wishes, id: string): Promise<void> {
  if (!id || wishes.get(id).get().status !== 'idle') return;
  follow(wishes);
  shown.add(id);
  const { [id]: state } = await heldLists().read([id]);
  wishes.confirmed.set(id, state);
  wishes.show(id, { status: 'ready', error: undefined });
}

export function setHeld(wishes: Wishes, id: string, inList: boolean): void {
  if (!wishes.confirmed.has(id)) return;
  wishes.confirmed.set(id, { count: inList ? 1 : 0, inList });
  wishes.show(id);
  void heldLists().set(id, inList, undefined, chosenVariants.get(id)).then(() => $wishesSaved.set($wishesSaved.get() + 1));
}

function follow(wishes: Wishes): void {
  if (wishesOf) return;
  wishesOf = wishes;
  $consent.listen((granted) => granted && void moveToBackend());
}

/** What this device held goes to the backend's lists; the device keeps it if that fails, for the next consent. */
async function moveToBackend(): Promise<void> {
  const site = $settings.get().site;
  const device = heldLists(site);
  const lists = await device.lists();
  try {
    const backend = await sectionOf(await readyAdapter(), 'wishlists');
    const existing = await backend.lists();
    for (const [index, list] of lists.entries()) {
      if (!list.productIds.length) continue;
      const target = index === 0 ? undefined : (existing.find((each) => each.name === list.name) ?? (await newList(backend, list.name))).id;
      for (const id of list.productIds) await backend.set(id, true, target, list.variants?.[id]);
    }
    // Off every list of the device at once, each product once.
    for (const id of new Set(lists.flatMap((list) => list.productIds))) await device.set(id, false);
  } finally {
    for (const id of shown) {
      wishesOf!.show(id, { status: 'idle' });
      wishesOf!.load(id);
    }
    shown.clear();
    $wishesSaved.set($wishesSaved.get() + 1);
  }
}
