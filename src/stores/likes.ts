import type { LikeState } from '../core/adapter.js';
import { createToggleFamily } from '../core/toggle-family.js';

/** One store per product: its like count and whether this visitor likes it. */
export const likes = createToggleFamily<LikeState>({
  kind: 'like',
  read: (adapter) => adapter.likes.read,
  write: (adapter, productId, liked) => adapter.likes.set(productId, liked),
  apply: (state, liked) =>
    state.liked === liked ? state : { liked, count: Math.max(0, state.count + (liked ? 1 : -1)) },
  fromChange: (change, confirmed) =>
    change.kind === 'like'
      ? [change.productId, { count: change.count, liked: change.liked ?? confirmed(change.productId)?.liked ?? false }]
      : undefined,
});
