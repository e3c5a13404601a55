import { atom } from 'nanostores';
import type { ShareCount, ShareNetwork } from '../core/adapter.js';
import { createFamily } from '../core/family.js';
import { optimistic } from '../core/optimistic.js';
import { sectionOf } from '../adapters/sections.js';

/** One store per product: how often it was shared, read in batches (a grid of share counts: one request). */
export const shareCounts = createFamily<ShareCount>({
  read: async (adapter) => (await sectionOf(adapter, 'shares')).read,
  changed: () => undefined,
  view: (_id, count) => count,
});

interface Share {
  readonly productId: string;
  readonly network: ShareNetwork;
}

/**
 * Shares made, kept until the backend has them (one made offline too), each showing in
 * its product's count once counted. Nothing is undone on a refusal: the person did share.
 */
const shares = optimistic<Share, ShareCount>({
  kind: 'share',
  family: shareCounts,
  entry: (id) => id.split(' ')[0],
  send: async (adapter, { value }) => (await sectionOf(adapter, 'shares')).record(value.productId, value.network),
});

/** Records that this visitor shared a product on `network`; the backend counts it once per network. */
export const recordShare = (productId: string, network: ShareNetwork): void => shares.write(`${productId} ${network}`, { productId, network });

/**
 * The share button whose link the clipboard holds: the last one on the page that copied.
 * Only it says "Link copied"; a second button's copy replaces the first's link, and its word.
 */
export const $copiedBy = atom<object | undefined>();
