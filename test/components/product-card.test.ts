import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/product-card/product-card.js';
import type { ScProductCard } from '../../src/components/product-card/product-card.component.js';
import { buyReady, useLocalShop } from '../support/shop.js';

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector<HTMLElement>(`[part~=${name}]`);
const buy = (el: ScProductCard) => root(el).querySelector('sc-buy-button')!;
/** What a screen reader reads of the price: the struck-through price is hidden, its sentence is not. */
const spokenPrice = (el: ScProductCard) =>
  [...part(el, 'price')!.children]
    .filter((child) => child.getAttribute('aria-hidden') !== 'true')
    .map((child) => child.textContent!.trim())
    .join(' ');
const ready = async (el: ScProductCard) => {
  await waitUntil(() => part(el, 'title')?.textContent === 'Linen tee' || part(el, 'title')?.textContent === 'Tulip bouquet', 'the product never loaded');
  await buyReady(buy(el));
};
const choose = async (el: ScProductCard, value: string) => {
  const select = root(buy(el)).querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await buy(el).updateComplete;
  await el.updateComplete;
};

describe('<sc-product-card>', () => {
  beforeEach(() => localStorage.clear());

  // These come first: a custom element, once defined, stays defined for the page (one test file),
  // so the card without stars and likes is seen before the test imports them.
  describe('on a page without stars, like or wish-list buttons', () => {
    it('shows the picture, title, "from" the lowest price, and no empty row of actions', async () => {
      expect(customElements.get('sc-like-button')).to.equal(undefined);
      expect(customElements.get('sc-wishlist-button')).to.equal(undefined);
      expect(customElements.get('sc-rating-summary')).to.equal(undefined);
      useLocalShop();
      const el = await fixture<ScProductCard>(html`<sc-product-card product-id="tee"></sc-product-card>`);
      await ready(el);
      expect(part(el, 'price')!.textContent).to.contain('from €20.00');
      expect(part(el, 'actions')!.children).to.have.length(0);
      expect(getComputedStyle(part(el, 'actions')!).display).to.equal('none');
      expect(root(el).querySelector('sc-like-button, sc-wishlist-button, sc-rating-summary')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows one price with no "from" when every variant costs the same', async () => {
      useLocalShop();
      const el = await fixture<ScProductCard>(html`<sc-product-card product-id="tulips"></sc-product-card>`);
      await ready(el);
      expect(spokenPrice(el)).to.equal('€24.50');
      expect(part(el, 'compare-at')).to.equal(null);
    });

    it('follows a single-page app: another product-id later, the card moved elsewhere', async () => {
      useLocalShop();
      const el = await fixture<ScProductCard>(html`<sc-product-card product-id="tulips"></sc-product-card>`);
      await ready(el);
      el.setAttribute('product-id', 'tee');
      await waitUntil(() => part(el, 'title')?.textContent === 'Linen tee', 'did not show the new product');
      await buyReady(buy(el));
      expect(buy(el).productId).to.equal('tee');
      expect(root(buy(el)).querySelector('select')).to.not.equal(null);
      const elsewhere = await fixture(html`<aside></aside>`);
      elsewhere.append(el);
      await el.updateComplete;
      expect(part(el, 'title')!.textContent).to.equal('Linen tee');
      expect(part(el, 'price')!.textContent).to.contain('from €20.00');
    });
  });

  describe('with the variant picker', () => {
    it('shows the chosen variant\'s price, and a former price struck through with a text for screen readers', async () => {
      useLocalShop();
      const el = await fixture<ScProductCard>(html`<sc-product-card product-id="tee"></sc-product-card>`);
      await ready(el);
      const sizes = [...root(buy(el)).querySelectorAll('select option')].map((option) => option.textContent!.trim());
      expect(sizes).to.deep.equal(['Choose…', 'S', 'M (sold out)', 'L']);

      await choose(el, 'L');
      expect(spokenPrice(el)).to.equal('€22.00');

      await choose(el, 'M'); // €20, was €25
      const was = part(el, 'compare-at')!;
      expect(was.tagName).to.equal('S');
      expect(was.textContent).to.equal('€25.00');
      expect(getComputedStyle(was).textDecorationLine).to.equal('line-through');
      expect(was.getAttribute('aria-hidden')).to.equal('true');
      expect(spokenPrice(el)).to.equal('€20.00 was €25.00');
      await expect(el).to.be.accessible();

      await choose(el, ''); // back to nothing chosen: "from" again
      expect(part(el, 'price')!.textContent).to.contain('from €20.00');
    });

    it('says "from" and "was" in the card\'s language', async () => {
      useLocalShop();
      const el = await fixture<ScProductCard>(html`<sc-product-card product-id="tee" lang="fr"></sc-product-card>`);
      await ready(el);
      expect(part(el, 'price')!.textContent!.replace(/\s/g, ' ')).to.contain('à partir de 20,00 €');
      await choose(el, 'M');
      expect(spokenPrice(el).replace(/\s/g, ' ')).to.equal('20,00 € au lieu de 25,00 €');
    });

    it('says a product that is gone is gone', async () => {
      useLocalShop();
      const el = await fixture<ScProductCard>(html`<sc-product-card product-id="nothing-here"></sc-product-card>`);
      await waitUntil(() => part(el, 'base')?.textContent === 'This product is no longer available.', 'not said');
    });
  });

  describe('on a page that loaded stars, like and wish-list buttons', () => {
    before(async () => {
      await Promise.all([
        import('../../src/components/rating-summary/rating-summary.js'),
        import('../../src/components/like-button/like-button.js'),
        import('../../src/components/wishlist-button/wishlist-button.js'),
      ]);
    });

    it('shows them for its product, each named, and passes axe', async () => {
      useLocalShop();
      const el = await fixture<ScProductCard>(html`<sc-product-card product-id="tee"></sc-product-card>`);
      await ready(el);
      const actions = part(el, 'actions')!;
      expect([...actions.children].map((child) => child.localName)).to.deep.equal(['sc-rating-summary', 'sc-like-button', 'sc-wishlist-button']);
      for (const child of actions.children) {
        expect(child.getAttribute('product-id')).to.equal('tee');
        expect(child.hasAttribute('compact')).to.equal(true);
      }
      const like = actions.querySelector('sc-like-button')!;
      await waitUntil(() => like.shadowRoot?.querySelector('button'), 'the like button never rendered');
      await waitUntil(() => like.shadowRoot!.querySelector('[part=label]')!.textContent === 'Like: Linen tee', 'the like button is not named for the product');
      await waitUntil(() => actions.querySelector('sc-wishlist-button')!.shadowRoot?.querySelector('button'), 'the wish-list button never rendered');
      await expect(el).to.be.accessible();
    });

    it('shows no stars and no "0" for an unreviewed product, and "No reviews yet" when the card asks with show-empty', async () => {
      useLocalShop();
      const el = await fixture<ScProductCard>(html`<sc-product-card product-id="tee"></sc-product-card>`);
      await ready(el);
      const summary = part(el, 'actions')!.querySelector('sc-rating-summary')!;
      await waitUntil(() => summary.shadowRoot?.querySelector('[part~=base]:not([aria-busy])'), 'the stars never loaded');
      expect(summary.shadowRoot!.querySelector('[part~=stars]')).to.equal(null);
      expect(summary.shadowRoot!.textContent!.trim()).to.equal('');
      // No room kept for stars that will not come: the like button follows at once.
      expect(summary.getBoundingClientRect().width).to.equal(0);
      const like = part(el, 'actions')!.querySelector('sc-like-button')!;
      await waitUntil(() => like.shadowRoot?.querySelector('button'), 'the like button never rendered');
      await waitUntil(() => like.shadowRoot!.querySelector('.uncounted'), 'the like button never counted');
      expect(like.shadowRoot!.querySelector('[part=count]')!.textContent).to.equal('');
      el.toggleAttribute('show-empty', true);
      await el.updateComplete;
      await waitUntil(() => summary.shadowRoot!.textContent!.trim() === 'No reviews yet', 'show-empty says nothing');
    });
  });
});
