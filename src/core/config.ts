import { atom, type WritableAtom } from 'nanostores';
import type { Adapter } from './adapter.js';
import type { CheckoutProvider } from '../checkout/checkout-provider.js';
import { watchAdapter } from './live.js';
import { LocalAdapter } from '../adapters/local/local-adapter.js';

export interface Settings {
  /** The backend. Absent: a LocalAdapter for the site. A promise while it loads. */
  readonly adapter?: Adapter | Promise<Adapter>;
  /** The site key: one shop's data on a shared backend. */
  readonly site: string;
  /** A BCP 47 tag that beats the page's `lang`, e.g. `nl-BE`. */
  readonly locale?: string;
  /** The shop-signed token of a signed-in customer. */
  readonly userToken?: string;
  /** Who takes the cart to payment. Default: `urlCheckout(checkoutUrl)` with a template, else `orderCheckout`. */
  readonly checkout?: CheckoutProvider;
  /** A cart permalink template for the default checkout, e.g. `https://shop.example/cart/{variant}:{qty},…`. */
  readonly checkoutUrl?: string;
  /** Whether the prices the shop shows include VAT, as EU shops' do (the default); false: the cart says taxes are added at checkout. */
  readonly pricesIncludeTax?: boolean;
}

/**
 * The page's setup, shared by every copy of sc-widgets on the page. The script tag's bundle
 * and an app's npm import are two copies, each with its own module state, and the tags are
 * defined by whichever loads first: a `configure()` through one must reach the widgets of
 * the other. So the first copy puts its two stores on `globalThis` under a registered symbol
 * and every later copy uses those (test/node/vite-app.test.ts). Sharing a store object across
 * copies of nanostores is safe for `get`, `set`, `listen` and `subscribe`, which are the store's
 * own; a `computed()` over these would read the other copy's change counter, so none is made.
 */
const shared = globalThis as { [key: symbol]: [settings: WritableAtom<Settings>, consent: WritableAtom<boolean>] };

/**
 * `$settings`: everything widgets need to know about the page's setup, replaced whole on
 * change. `$consent`: whether the page allows requests and storage; false between
 * `consent(false)` (or `data-consent="required"`) and `consent(true)`: widgets render, writes
 * wait in memory.
 */
export const [$settings, $consent] = (shared[Symbol.for('sc-widgets.settings')] ??= [atom<Settings>({ site: 'default' }), atom(true)]);

export function configure(options: Partial<Settings>): void {
  $settings.set({ ...$settings.get(), ...options });
}

/** `false` holds every request and all storage back until `consent(true)`. */
export function consent(granted: boolean): void {
  $consent.set(granted);
}

/**
 * The in-browser default, one per site. Bundled with the core rather than loaded on
 * demand: it is what a page with no endpoint uses, and in the same file it costs half
 * the bytes it costs alone.
 */
const localAdapters = new Map<string, LocalAdapter>();
function localAdapter(site: string): LocalAdapter {
  let adapter = localAdapters.get(site);
  if (!adapter) localAdapters.set(site, (adapter = new LocalAdapter(site)));
  return adapter;
}

/** Resolves with the configured adapter once consent allows using it. */
export async function readyAdapter(): Promise<Adapter> {
  if (!$consent.get()) {
    await new Promise<void>((resolve) => {
      const stop = $consent.listen((granted) => {
        if (granted) (stop(), resolve());
      });
    });
  }
  const { adapter, site, userToken } = $settings.get();
  const ready: Adapter = (await adapter) ?? localAdapter(site);
  ready.identify?.(userToken);
  watchAdapter(ready);
  return ready;
}
