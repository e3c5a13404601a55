import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/like-button/like-button.js';
import type { ScLikeButton } from '../../src/components/like-button/like-button.component.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { configure } from '../../src/core/config.js';
import { likes } from '../../src/stores/likes.js';
import { heapUsed } from '../support/browser.js';
import { button, loaded } from '../support/fixtures.js';

/**
 * A single-page app shows thousands of products over a visit: the stores keep only the
 * ids some element shows, and those with a write the backend has not confirmed. A
 * forgotten id's store is a new one, idle, the next time it is asked for.
 */

let sites = 0;
const useLocal = (adapter: LocalAdapter | { likes: LocalAdapter['likes'] } = new LocalAdapter(`forget-${Date.now()}-${sites}`)) =>
  configure({ adapter: adapter as LocalAdapter, site: `forget-${Date.now()}-${sites++}` });

/**
 * `count` like buttons for products `from`…, all loaded, in a grid that fits the screen
 * (widgets load near it). Made by hand: open-wc's fixtures stay referenced until the test ends.
 */
async function grid(from: number, count: number): Promise<HTMLElement> {
  const el = document.createElement('div');
  el.style.cssText = 'display: grid; grid-template-columns: repeat(20, 1fr); font-size: 4px';
  el.innerHTML = Array.from({ length: count }, (_, i) => `<sc-like-button product-id="p${from + i}" compact></sc-like-button>`).join('');
  document.body.append(el);
  await Promise.all([...el.querySelectorAll<ScLikeButton>('sc-like-button')].map(loaded));
  return el;
}

const forgotten = (id: string, store: ReturnType<typeof likes.get>) => waitUntil(() => likes.get(id) !== store, `${id} was never forgotten`, { timeout: 5000 });

describe('stores forget what no element shows', () => {
  beforeEach(() => localStorage.clear());
  // The next test file's page would read the like left unconfirmed.
  after(() => localStorage.clear());

  it('forgets ids no element shows any more, after a churn of products', async () => {
    useLocal();
    const first = await grid(0, 200);
    const store = likes.get('p0');
    first.remove();
    for (let page = 1; page < 5; page++) (await grid(page * 200, 200)).remove();
    await forgotten('p0', store);
    expect(likes.get('p0').get().status).to.equal('idle');
    await forgotten('p999', likes.get('p999'));
  });

  it('keeps an id whose write is unconfirmed, and an element moved in the page', async () => {
    const local = new LocalAdapter(`forget-${Date.now()}`);
    // Likes are never answered: a like stays unconfirmed.
    useLocal({ likes: { read: local.likes.read, set: () => new Promise(() => undefined) } });
    const page = await grid(0, 3);
    const [liked, moved, gone] = [...page.querySelectorAll<ScLikeButton>('sc-like-button')];
    const stores = ['p0', 'p1', 'p2'].map((id) => likes.get(id));
    button(liked).click();
    // The liked one and the moved one leave first, so each is past its grace once the last one is forgotten.
    liked.remove();
    moved.remove();
    document.body.append(moved);
    gone.remove();
    await forgotten('p2', stores[2]);
    expect(likes.get('p0')).to.equal(stores[0]);
    expect(likes.get('p0').get().value).to.deep.include({ liked: true, count: 1 });
    expect(likes.get('p1')).to.equal(stores[1]);
    moved.remove();
  });
});

describe('heap in a single-page app', () => {
  it('after showing 10,000 products 200 at a time, stays near what the first 200 cost', async function () {
    this.timeout(300_000);
    useLocal();
    (await grid(0, 200)).remove();
    await forgotten('p0', likes.get('p0'));
    const once = await heapUsed();
    for (let from = 0; from < 10_000; from += 200) (await grid(from, 200)).remove();
    await forgotten('p9800', likes.get('p9800'));
    const churned = await heapUsed();
    console.log(`heap: ${once} B after the first 200 products, ${churned} B after 10,000 (×${(churned / once).toFixed(3)})`);
    // What 9,800 more products would leave if kept (a few hundred bytes each) is well over 1 MB.
    expect(churned - once).to.be.below(1_000_000);
  });
});
