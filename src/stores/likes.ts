import { createToggleFamily } from '../core/toggle-family.js';

/** One store per product: its like count and whether this visitor likes it. */
export const likes = createToggleFamily({
  kind: 'like',
  flag: 'liked',
  read: (adapter) => adapter.likes.read,
  write: (adapter, productId, liked) => adapter.likes.set(productId, liked),
});
