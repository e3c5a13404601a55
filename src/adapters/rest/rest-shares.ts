import type { ShareCount, SharesApi } from '../../core/adapter.js';
import type { RestAdapter } from './rest-adapter.js';

/** Share counts on the reference server (openapi.yaml, tag `shares`). */
export function create(rest: RestAdapter): SharesApi {
  return {
    read: async (ids) =>
      (await rest.request<{ shares: Record<string, ShareCount> }>('shares', { searchParams: ids.map((id) => ['ids', id]) })).shares,
    record: (productId, network) =>
      rest.request<ShareCount>(`shares/${encodeURIComponent(productId)}`, { method: 'post', json: { network } }, true),
  };
}
