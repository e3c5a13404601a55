import type { Adapter, AdapterChange, LikeState, LikesApi, ProductId } from '../../core/adapter.js';
import { storage } from '../../core/storage.js';

/**
 * The in-browser default: a tag works with no server at all. State lives in
 * localStorage (it survives reloads; memory for the visit where it is denied) and other
 * tabs hear of changes over a BroadcastChannel. Counts are this browser's own.
 */
export class LocalAdapter implements Adapter {
  readonly likes: LikesApi;
  private readonly channel: BroadcastChannel;
  private readonly key: string;

  constructor(readonly site = 'default') {
    this.key = `sc-widgets:${site}:likes`;
    this.channel = new BroadcastChannel(`sc-widgets:${site}`);
    this.likes = {
      read: async (ids) => {
        const likedIds = this.likedIds();
        return Object.fromEntries(ids.map((id) => [id, likeState(likedIds.has(id))]));
      },
      set: async (productId, liked) => {
        const likedIds = this.likedIds();
        if (liked) likedIds.add(productId);
        else likedIds.delete(productId);
        storage().setItem(this.key, JSON.stringify([...likedIds]));
        const state = likeState(liked);
        this.channel.postMessage({ kind: 'like', productId, ...state } satisfies AdapterChange);
        return state;
      },
    };
  }

  /** One listener at a time: the stores watch each adapter once. */
  watch(listener: (change: AdapterChange) => void): () => void {
    this.channel.onmessage = (event: MessageEvent<AdapterChange>) => listener(event.data);
    return () => (this.channel.onmessage = null);
  }

  private likedIds(): Set<ProductId> {
    return new Set(JSON.parse(storage().getItem(this.key) ?? '[]') as ProductId[]);
  }
}

const likeState = (liked: boolean): LikeState => ({ count: liked ? 1 : 0, liked });
