import type { ShareNetwork, SharesApi } from '../../core/adapter.js';
import { storage as guardedStorage, type KeptStorage } from '../../core/storage.js';

/**
 * Shares made in this browser. As on the server, a product counts once per network it
 * was shared on, so its count here is that number of networks.
 */
export function localShares(site: string, storage: KeptStorage = guardedStorage()): SharesApi {
  const key = `sc-widgets:${site}:shares`;
  const all = (): Record<string, ShareNetwork[]> => JSON.parse(storage.getItem(key) ?? '{}');
  return {
    read: async (ids) => {
      const shares = all();
      return Object.fromEntries(ids.map((id) => [id, { count: shares[id]?.length ?? 0 }]));
    },
    async record(productId, network) {
      const shares = all();
      const networks = new Set(shares[productId]).add(network);
      shares[productId] = [...networks];
      storage.setItem(key, JSON.stringify(shares));
      return { count: networks.size };
    },
  };
}
