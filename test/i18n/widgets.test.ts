import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/wishlist/wishlist.js';
import '../../src/components/wishlist-button/wishlist-button.js';
import '../../src/components/rating-summary/rating-summary.js';
import '../../src/components/cart/cart.js';
import '../../src/components/review-thread/review-thread.js';
import type { ScWishlist } from '../../src/components/wishlist/wishlist.component.js';
import type { ScRatingSummary } from '../../src/components/rating-summary/rating-summary.component.js';
import type { ScCart } from '../../src/components/cart/cart.component.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { configure } from '../../src/core/config.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { addToCart } from '../../src/stores/cart.js';
import { newSite, setApiMode } from '../support/api.js';
import { alertText, MemoryStorage } from '../support/fixtures.js';
import { useLocalShop } from '../support/shop.js';

const shadow = (el: Element) => el.shadowRoot!;
const buttonNamed = async (el: Element, text: string) => {
  const find = () => [...shadow(el).querySelectorAll('button')].find((button) => button.textContent!.trim() === text);
  await waitUntil(find, `no “${text}” button`);
  return find()!;
};

describe('widgets in the shopper’s language', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => configure({ locale: undefined, pricesIncludeTax: undefined }));

  it('say that a link could not be copied, not that something was undone', async () => {
    useLocalShop();
    configure({ locale: 'fr' });
    const page = await fixture(html`<div><sc-wishlist-button product-id="tulips"></sc-wishlist-button><sc-wishlist></sc-wishlist></div>`);
    const list = page.querySelector<ScWishlist>('sc-wishlist')!;
    const wish = page.querySelector('sc-wishlist-button')!;
    await waitUntil(() => shadow(wish).querySelector('button')?.getAttribute('aria-disabled') === 'false', 'the button never loaded');
    shadow(wish).querySelector('button')!.click();
    await waitUntil(() => shadow(list).querySelector('[part=title]'), 'the list never showed the tulips');
    (await buttonNamed(list, 'Partager la liste')).click();
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    const execCommand = document.execCommand;
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    document.execCommand = () => false;
    try {
      (await buttonNamed(list, 'Copier le lien')).click();
      await waitUntil(() => alertText(list), 'nothing said');
      expect(alertText(list)).to.equal('Impossible de copier le lien.');
    } finally {
      Object.defineProperty(navigator, 'clipboard', clipboard);
      document.execCommand = execCommand;
    }
  });

  it('say in French, not the backend’s English, that a shared list did not open', async () => {
    const api = await newSite();
    configure({ adapter: new RestAdapter({ endpoint: api.endpoint, site: api.site, storage: new MemoryStorage(), retries: 0 }), site: api.site, locale: 'fr', userToken: undefined });
    const errors: string[] = [];
    const list = await fixture<ScWishlist>(html`<sc-wishlist share-id="sh_nothing" @sc-error=${(event: CustomEvent) => errors.push(event.detail.message)}></sc-wishlist>`);
    await waitUntil(() => alertText(list), 'no alert for a dead link', { timeout: 5000 });
    expect(alertText(list)).to.equal('Échec du chargement. Réessayer\u202F?');
    expect(errors).to.deep.equal([alertText(list)]);
  });

  it('say in French, not the backend’s English, that a report was refused', async () => {
    const { endpoint, site } = await newSite();
    const storage = new MemoryStorage();
    await (await sectionOf(new RestAdapter({ endpoint, site, storage }), 'reviews')).create('mug', { rating: 4, title: '', text: 'Joli', author: 'Ana' }, randomKey());
    configure({ adapter: new RestAdapter({ endpoint, site, storage, retries: 0 }), site, locale: 'fr', userToken: undefined });
    const errors: string[] = [];
    const thread = await fixture(html`<sc-review-thread product-id="mug" no-form @sc-error=${(event: CustomEvent) => errors.push(event.detail.message)}></sc-review-thread>`);
    (await buttonNamed(thread, 'Signaler')).click();
    await waitUntil(() => shadow(thread).querySelector('dialog'), 'no report dialog');
    shadow(thread).querySelector<HTMLInputElement>('input[name=reason]')!.click();
    await setApiMode({ mode: 'refuse-writes' });
    try {
      (await buttonNamed(thread, 'Envoyer le signalement')).click();
      await waitUntil(() => alertText(thread), 'nothing said', { timeout: 5000 });
    } finally {
      await setApiMode({ mode: 'up' });
    }
    expect(alertText(thread)).to.equal('Non enregistré, annulé.');
    expect(errors).to.deep.equal(['Non enregistré, annulé.']);
  });

  it('join the parts of a name with the language’s own punctuation', async () => {
    const { adapter } = useLocalShop();
    const reviews = await sectionOf(adapter, 'reviews');
    await reviews.create('tulips', { rating: 5, title: '', text: 'Belles', author: 'Ana' }, randomKey());
    const labels = async (lang: string) => {
      const el = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="tulips" lang=${lang}></sc-rating-summary>`);
      const compact = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="tulips" lang=${lang} compact></sc-rating-summary>`);
      await waitUntil(() => shadow(el).querySelector('[part~=bar]') && shadow(compact).querySelector('[role=img]'), 'the summary never loaded');
      return [shadow(el).querySelector('[part~=bar]')!.getAttribute('aria-label'), shadow(compact).querySelector('[role=img]')!.getAttribute('aria-label')];
    };
    expect(await labels('zh-CN')).to.deep.equal(['5 星：1 条评价', '评分 5.0（满分 5），1 条评价']);
    expect(await labels('fr')).to.deep.equal(['5 étoiles\u202F: 1 avis', 'Noté 5,0 sur 5, 1 avis']);
  });

  it('put counts in the language’s brackets, full-width in Chinese', async () => {
    const { adapter } = useLocalShop();
    const reviews = await sectionOf(adapter, 'reviews');
    await reviews.create('tulips', { rating: 5, title: '', text: '很好', author: 'Ana' }, randomKey());
    const thread = await fixture(html`<sc-review-thread product-id="tulips" lang="zh-CN" no-form></sc-review-thread>`);
    await waitUntil(() => shadow(thread).querySelector('[part=review]'), 'the thread never loaded');
    const text = shadow(thread).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('评价（1）').and.contain('有帮助（0）');
  });

  it('say prices include VAT unless the shop says taxes are added at checkout', async () => {
    useLocalShop();
    await addToCart({ productId: 'tulips', variantId: 'tulips-1', quantity: 1 });
    const taxes = async () => {
      const cart = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
      shadow(cart).querySelector<HTMLButtonElement>('[part=button]')!.click();
      const line = () => shadow(cart).querySelector('sc-cart-panel')?.shadowRoot?.querySelector('.taxes')?.textContent;
      await waitUntil(line, 'the cart never opened');
      return line();
    };
    expect(await taxes()).to.equal('Including VAT. Shipping is added at checkout.');
    configure({ pricesIncludeTax: false });
    expect(await taxes()).to.equal('Shipping and taxes are added at checkout.');
  });
});
