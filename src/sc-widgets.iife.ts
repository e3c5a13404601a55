// The classic-script build (window.SocialCommerce): everything, RestAdapter included,
// since a classic script cannot load chunks.
export * from './sc-widgets.js';
export { RestAdapter } from './adapters/rest/rest-adapter.js';
