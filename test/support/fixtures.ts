import { waitUntil } from '@open-wc/testing';
import { openFrame } from './frames.js';
import { configure } from '../../src/core/config.js';
import type { Adapter } from '../../src/core/adapter.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import type { ScLikeButton } from '../../src/components/like-button/like-button.component.js';

let sites = 0;

/** A LocalAdapter on a site no other test uses, counting its batched reads. */
export function countingLocalAdapter(): { adapter: Adapter; reads: string[][] } {
  const local = new LocalAdapter(`local-${Date.now()}-${sites++}`);
  const reads: string[][] = [];
  const adapter: Adapter = {
    likes: {
      read: (ids) => (reads.push([...ids]), local.likes.read(ids)),
      set: (id, liked) => local.likes.set(id, liked),
    },
    watch: (listener) => local.watch(listener),
  };
  return { adapter, reads };
}

/** Configures a fresh counting LocalAdapter for the next widgets. */
export function useFreshLocalAdapter() {
  const counted = countingLocalAdapter();
  configure({ adapter: counted.adapter, site: `site-${sites++}`, locale: undefined, userToken: undefined });
  return counted;
}

export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
export const button = (el: ScLikeButton) => el.shadowRoot!.querySelector('button')!;
export const countText = (el: ScLikeButton) => part(el, 'count').textContent!.trim();
/** What the element's status or alert says; '' while it has none (a view still loading). */
export const statusText = (el: Element) => el.shadowRoot!.querySelector('[role=status]')?.textContent!.trim() ?? '';
export const alertText = (el: Element) => el.shadowRoot!.querySelector('[role=alert]')?.textContent!.trim() ?? '';

/** Waits until the like button shows data. */
export const loaded = (el: ScLikeButton) =>
  waitUntil(
    // A count shows, or the button says it has none (no "0").
    () => el.shadowRoot?.querySelector('button[aria-disabled=false]') && (countText(el) !== '' || button(el).classList.contains('uncounted')),
    'the count never loaded',
  );

/** Opens test/fixtures/like-page.html in an iframe (a second tab, or this page reloaded) and returns its like button. */
export async function likeButtonInFrame(params: Record<string, string>): Promise<ScLikeButton> {
  const frame = await openFrame(`/test/fixtures/like-page.html?${new URLSearchParams(params)}`);
  let el: ScLikeButton | null = null;
  await waitUntil(() => (el = frame.contentDocument!.querySelector('sc-like-button')), 'no like button in the frame');
  await loaded(el!);
  return el!;
}

/** Storage of its own, in memory: a RestAdapter given one is a new visitor. */
export { MemoryStorage } from '../../src/core/storage.js';
