// The ES bundle a page loads with one script tag: configures itself from that tag,
// registers every element and exports the API. RestAdapter is its own entry
// (`sc-widgets/adapters/rest.js`), so pages on the in-browser adapter never load ky.
import { configureFromScript, ownScript } from './sdk.js';
import './components/like-button/like-button.js';
import './components/rating-summary/rating-summary.js';
import './components/review-thread/review-thread.js';
import './components/review-form/review-form.js';
import './components/wishlist-button/wishlist-button.js';
import './components/wishlist/wishlist.js';
import './components/share-button/share-button.js';
import './components/poll/poll.js';
import './components/buy-button/buy-button.js';
import './components/product-card/product-card.js';
import './components/cart/cart.js';
import './components/store/store.js';
import './components/ideas/ideas.js';
import './components/questions/questions.js';
import './components/coupon/coupon.js';
import './components/like-display/like-display.js';

export * from './index.js';

// Only a page has a script tag to read: a server that renders pages imports this for the API.
if (globalThis.document) configureFromScript(ownScript(import.meta.url));
