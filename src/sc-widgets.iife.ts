// The classic-script build (window.SocialCommerce): everything, RestAdapter and the checkout providers included,
// since a classic script cannot load chunks.
export * from './sc-widgets.js';
export { RestAdapter } from './adapters/rest/rest-adapter.js';
export * from './checkout/providers.js';
