// The classic script's global, typed for pages that load dist/sc-widgets.iife.js with a script
// tag: `import type {} from 'sc-widgets/iife'` gives `window.SocialCommerce` its API.
import type * as Api from './sc-widgets.iife.js';

declare global {
  var SocialCommerce: typeof Api;
}
