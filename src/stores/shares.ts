import type { ShareCount, ShareNetwork } from '../core/adapter.js';
import { $settings } from '../core/config.js';
import { createFamily } from '../core/family.js';
import type { WriteHandler } from '../core/outbox.js';
import { sectionOf } from '../adapters/sections.js';

/** One store per product: how often it was shared, read in batches (a grid of share counts: one request). */
export const shareCounts = createFamily<ShareCount>({
  read: async (adapter) => (await sectionOf(adapter, 'shares')).read,
  changed: () => undefined,
  view: (_id, count) => count,
  reset: () => undefined,
});

interface Share {
  readonly productId: string;
  readonly network: ShareNetwork;
}

const writer: WriteHandler<Share, ShareCount> = {
  send: async (adapter, { value }) => (await sectionOf(adapter, 'shares')).record(value.productId, value.network),
  // Nothing to roll back on a refusal: the person did share. A count on screen takes the new one.
  answered({ site, value: { productId } }, _settled, count) {
    if (!count || site !== $settings.get().site || !shareCounts.confirmed.has(productId)) return;
    shareCounts.confirmed.set(productId, count);
    shareCounts.show(productId);
  },
};

/**
 * The outbox, loaded on the first share: keeps a share made offline until the backend
 * has it. One a previous page left goes out with this visitor's next share.
 */
const outbox = () => import('../core/outbox.js').then((module) => (module.registerWriter('share', writer), module));

/** Records that this visitor shared a product on `network`; the backend counts it once per network. */
export function recordShare(productId: string, network: ShareNetwork): void {
  const share = { kind: 'share', site: $settings.get().site, id: `${productId} ${network}`, value: { productId, network } };
  void outbox().then(({ enqueue }) => enqueue(share));
}
