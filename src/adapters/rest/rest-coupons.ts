import type { Coupon, CouponsApi } from '../../core/adapter.js';
import type { RestAdapter } from './rest-adapter.js';

/** This visitor's coupons on the reference server (openapi.yaml, tag `coupons`); checkout redeems them (rest-cart.ts). */
export function create(rest: RestAdapter): CouponsApi {
  return {
    mine: async () => (await rest.request<{ coupons: Coupon[] }>('coupons/mine')).coupons,
    get: (code) => rest.request<Coupon>(`coupons/${encodeURIComponent(code)}`),
  };
}
