import '../../src/components/rating-summary/rating-summary.js';
import '../../src/components/review-thread/review-thread.js';
import '../../src/components/product-card/product-card.js';
import '../../src/components/share-button/share-button.js';
import '../../src/components/cart/cart.js';
import '../../src/components/wishlist/wishlist.js';
import { compareLooks, resetPage, shownText, stage } from './stage.js';
import { reviewTitles, visualShop } from './shop.js';

/**
 * The widgets as a shopper sees them, at 390 and 1200 px, light and dark, compared with the
 * baselines in test/visual/baselines (a failure leaves the new screenshot and a diff in
 * test/visual/failed). `npm run test:visual:update` writes new baselines after a change of look.
 */

const shows = (element: HTMLElement, ...texts: string[]) => () => {
  const text = shownText(element);
  return texts.every((wanted) => text.includes(wanted));
};
const shadowPart = (element: Element | null | undefined, part: string) => element?.shadowRoot?.querySelector<HTMLElement>(`[part~=${part}]`);

describe('how the widgets look', function () {
  // Four screenshots a test, each waiting for its page to settle: on a busy machine, more than the default 10 s.
  this.timeout(60_000);
  let shareId: string;
  let current: HTMLElement | undefined;
  beforeEach(async () => ({ shareId } = await visualShop()));
  afterEach(() => current?.remove());
  after(resetPage);

  it('the review block: rating summary, reviews, photos, a verified buyer, the shop’s answer', async () => {
    current = stage('<sc-rating-summary product-id="sku-1"></sc-rating-summary><sc-review-thread product-id="sku-1" product-name="Linen shirt" shop-name="Linen & Co."></sc-review-thread>');
    const thread = current.querySelector('sc-review-thread')!;
    const photos = () => thread.shadowRoot?.querySelector('sc-review-photos')?.shadowRoot?.querySelectorAll('img').length === 2;
    await compareLooks(current, 'review-block', () => shows(current!, ...reviewTitles, 'Wash it cold')() && photos());
  });

  it('the product cards: reviewed, unreviewed, with sizes', async () => {
    current = stage(`<div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(min(100%, 240px), 1fr))">
      <sc-product-card product-id="sku-1"></sc-product-card><sc-product-card product-id="sku-4"></sc-product-card><sc-product-card product-id="sku-9"></sc-product-card>
    </div>`);
    await compareLooks(current, 'product-cards', shows(current, 'Linen shirt', 'Tulip bouquet', 'Running shoes'));
  });

  it('the share menu, open', async () => {
    current = stage('<div style="min-block-size: 520px"><sc-share-button product-id="sku-1" share-title="Linen shirt" menu></sc-share-button></div>');
    const button = current.querySelector('sc-share-button')!;
    const open = () => shadowPart(button, 'menu')?.checkVisibility() || (button.shadowRoot?.querySelector('button')?.click(), false);
    // The networks' icons load when the menu first opens: drawn once each has its path.
    const drawn = () => [...button.shadowRoot!.querySelectorAll('[part~=item-icon]')].every((icon) => icon.childElementCount > 0);
    await compareLooks(current, 'share-menu', () => open() && drawn());
  });

  it('the cart, open with two lines', async () => {
    current = stage('<div style="min-block-size: calc(100vh - 32px)"><sc-cart></sc-cart></div>');
    const cart = current.querySelector('sc-cart')!;
    const open = () => cart.shadowRoot?.querySelector('dialog')?.open || (shadowPart(cart, 'button')?.click(), false);
    // A modal panel is placed in the viewport: the screenshot is the viewport, of a phone's height.
    await compareLooks(current, 'cart', () => open() && shows(current!, 'Linen shirt', 'Wool scarf')(), 800);
  });

  it('the wish list, its owner’s and shared with a friend', async () => {
    current = stage(`<sc-wishlist></sc-wishlist><sc-wishlist share-id="${shareId}"></sc-wishlist>`);
    const [own, shared] = current.querySelectorAll('sc-wishlist');
    const listed = (list: Element) => [...(list.shadowRoot?.querySelectorAll('[part=title]') ?? [])].length === 3;
    await compareLooks(current, 'wishlist', () => listed(own) && listed(shared));
  });
});
