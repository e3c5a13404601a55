import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/coupon/coupon.js';
import '../../src/components/cart/cart.js';
import '../../src/components/review-form/review-form.js';
import type { ScCoupon } from '../../src/components/coupon/coupon.component.js';
import type { ScCart } from '../../src/components/cart/cart.component.js';
import type { ScReviewForm } from '../../src/components/review-form/review-form.component.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { configure } from '../../src/core/config.js';
import { addToCart } from '../../src/stores/cart.js';
import { $checkoutCoupon, setCheckoutCoupon } from '../../src/stores/checkout-coupon.js';
import { countRows, newSite, setApiMode, takeRequests } from '../support/api.js';
import { approveReview, issueCoupon, newCampaign } from '../support/coupons.js';
import { MemoryStorage } from '../support/fixtures.js';
import { useLocalShop, useRestShop } from '../support/shop.js';

/** The coupon's view, once it shows a coupon (or says why not). */
const view = (el: ScCoupon) => el.shadowRoot!.querySelector('sc-coupon-view')?.shadowRoot;
const shown = (el: ScCoupon) => waitUntil(() => view(el)?.querySelector('[part=base], [role=alert]:not(:empty), [role=status]:not(:empty)'), 'the coupon never showed');
const text = (el: ScCoupon, part: string) => view(el)!.querySelector(`[part~=${part}]`)?.textContent?.trim();
const status = (el: ScCoupon) => view(el)!.querySelector('[role=status]')!.textContent!.trim();
const alert = (el: ScCoupon) => view(el)!.querySelector('[role=alert]')!.textContent!.trim();
const button = (el: ScCoupon, part: string) => view(el)!.querySelector<HTMLButtonElement>(`[part=${part}]`)!;

const cartRoot = (el: ScCart) => el.shadowRoot!.querySelector('sc-cart-panel')!.shadowRoot!;
async function openCart(el: ScCart): Promise<ShadowRoot> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('sc-cart-panel')?.shadowRoot?.querySelector('[part=subtotal] strong')?.textContent, 'the cart never opened');
  return cartRoot(el);
}
const tulips = { productId: 'tulips', variantId: 'tulips-1', quantity: 1 };

describe('<sc-coupon>', () => {
  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    setCheckoutCoupon('');
    await setApiMode({ mode: 'up' });
  });

  it('shows the coupon: campaign, discount, minimum, expiry, code and its QR code, in four languages; passes axe', async () => {
    const api = await useRestShop();
    const expiresAt = '2031-03-15T12:00:00.000Z';
    const campaign = await newCampaign(api, { name: 'Lente', expiresAt });
    const { code } = await issueCoupon(api, campaign.id);
    const seen: Record<string, [string | undefined, string | undefined, string | undefined]> = {};
    for (const lang of ['en', 'nl', 'fr', 'zh-CN']) {
      const el = await fixture<ScCoupon>(html`<sc-coupon lang=${lang} code=${code}></sc-coupon>`);
      await shown(el);
      expect(text(el, 'name')).to.equal('Lente');
      expect(text(el, 'code')).to.equal(code);
      expect(view(el)!.querySelector('svg[part=qr]')!.getAttribute('aria-label')).to.contain(code);
      const price = new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(20);
      const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(expiresAt));
      const percent = new Intl.NumberFormat(lang, { style: 'percent' }).format(0.1);
      expect(text(el, 'discount')).to.contain(percent);
      expect(text(el, 'terms')).to.contain(price).and.to.contain(date);
      seen[lang] = [text(el, 'discount'), text(el, 'use'), text(el, 'copy')];
      if (lang === 'en') await expect(el).to.be.accessible();
    }
    expect(seen).to.deep.equal({
      en: ['10% off', 'Use at checkout', 'Copy code'],
      nl: ['10% korting', 'Gebruiken bij afrekenen', 'Code kopiëren'],
      fr: ['10\u00a0% de réduction', 'Utiliser à la caisse', 'Copier le code'],
      'zh-CN': ['优惠 10%', '结算时使用', '复制券码'],
    });
  });

  it('copies the code, says "Copied" and tells the page once; a refused copy is said and told', async () => {
    const api = await useRestShop();
    const { code } = await issueCoupon(api, (await newCampaign(api)).id);
    const el = await fixture<ScCoupon>(html`<sc-coupon code=${code}></sc-coupon>`);
    await shown(el);
    const events: CustomEvent[] = [];
    for (const type of ['sc-coupon-copy', 'sc-error']) el.addEventListener(type, (event) => events.push(event as CustomEvent));
    // Headless Chromium has no clipboard to write to: a stand-in records what is copied.
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true });
    try {
      button(el, 'copy').click();
      await waitUntil(() => status(el), 'nothing said');
      expect([status(el), copied]).to.deep.equal(['Copied', [code]]);
      expect(events.map((event) => [event.type, event.detail.code, event.bubbles, event.composed])).to.deep.equal([['sc-coupon-copy', code, true, true]]);

      // A browser that refuses both ways of copying.
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }, configurable: true });
      Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
      button(el, 'copy').click();
      await waitUntil(() => alert(el), 'the failure was not said');
      expect(alert(el)).to.equal('Could not copy. Select the code and copy it.');
      expect(events.map((event) => event.type)).to.deep.equal(['sc-coupon-copy', 'sc-error']);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      delete (document as unknown as Record<string, unknown>).execCommand;
    }
  });

  it('puts its code into the cart\'s checkout: the order is discounted once, and a second order with it is refused, clearly', async () => {
    const api = await useRestShop();
    const { code } = await issueCoupon(api, (await newCampaign(api)).id);
    const el = await fixture<ScCoupon>(html`<sc-coupon code=${code}></sc-coupon>`);
    await shown(el);
    const used = oneEvent(el, 'sc-coupon-use');
    button(el, 'use').click();
    expect((await used).detail.code).to.equal(code);
    expect(status(el)).to.equal('Added to your checkout');
    expect($checkoutCoupon.get()).to.equal(code);

    const cart = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
    await addToCart(tulips);
    const panel = await openCart(cart);
    expect(panel.querySelector<HTMLInputElement>('[part=coupon] input')!.value).to.equal(code);
    takeRequests();
    const handed = oneEvent(cart, 'sc-checkout');
    panel.querySelector<HTMLButtonElement>('[part=checkout]')!.click();
    const { detail } = await handed;
    // Tulips at 24.50, 10% off: the server's total.
    expect([detail.order!.total, detail.order!.discount]).to.deep.equal([{ amount: 2205, currency: 'EUR' }, { amount: 245, currency: 'EUR' }]);
    expect((await takeRequests()).filter((line) => line.startsWith('POST')).map((line) => line.split('?')[0])).to.deep.equal([`POST /v1/sites/${api.site}/orders`]);
    await waitUntil(() => panel.querySelector('[part=discount]'), 'no discount shown');
    expect([...panel.querySelector('[part=discount]')!.children].map((child) => child.textContent)).to.deep.equal([`Coupon ${code}`, '−€2.45', 'Total', '€22.05']);
    expect($checkoutCoupon.get()).to.equal('');

    // The same code again: refused by the server, said in the cart, and no second order.
    setCheckoutCoupon(code);
    await addToCart(tulips);
    await cart.updateComplete;
    const failed = oneEvent(cart, 'sc-error');
    panel.querySelector<HTMLButtonElement>('[part=checkout]')!.click();
    expect((await failed).detail.reason).to.equal('coupon_redeemed');
    await waitUntil(() => panel.querySelector('[role=alert]')!.textContent, 'the refusal was not said');
    expect(panel.querySelector('[role=alert]')!.textContent).to.equal('This coupon was already used. Remove it to order without it.');
    expect(panel.querySelector('[part=coupon] input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(await countRows(api.site, 'orders')).to.equal(1);
    await expect(cart).to.be.accessible();

    // The coupon itself now says it was used, and cannot be put into a checkout again.
    const again = await fixture<ScCoupon>(html`<sc-coupon code=${code}></sc-coupon>`);
    await shown(again);
    expect(text(again, 'state')).to.equal('Already used');
    expect(button(again, 'use').getAttribute('aria-disabled')).to.equal('true');
  });

  it('shows another coupon when its code changes, names its buttons with the code, and keeps it when moved', async () => {
    const api = await useRestShop();
    const campaign = await newCampaign(api);
    const [first, second] = [await issueCoupon(api, campaign.id), await issueCoupon(api, campaign.id)];
    const el = await fixture<ScCoupon>(html`<sc-coupon code=${first.code}></sc-coupon>`);
    await shown(el);
    expect(button(el, 'copy').getAttribute('aria-label')).to.equal(`Copy code: ${first.code}`);
    el.setAttribute('code', second.code);
    await waitUntil(() => text(el, 'code') === second.code, 'the new code never showed');
    expect(button(el, 'use').getAttribute('aria-label')).to.equal(`Use at checkout: ${second.code}`);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await el.updateComplete;
    expect(text(el, 'code')).to.equal(second.code);
    elsewhere.remove();
  });

  it('says, and tells the page, when a code does not exist', async () => {
    await useRestShop();
    const el = await fixture<ScCoupon>(html`<sc-coupon code="ZZZZ-ZZZZ-ZZZZ"></sc-coupon>`);
    const failed = oneEvent(el, 'sc-error');
    expect((await failed).detail.code).to.equal('not-found');
    await waitUntil(() => alert(el), 'nothing said');
    await expect(el).to.be.accessible();
  });

  it('rewards a published review: the form shows the coupon given for it, and <sc-coupon> without a code shows it too', async () => {
    const api = await useRestShop();
    await newCampaign(api, { name: 'Thank you for your review', reward: 'review' });
    const form = await fixture<ScReviewForm>(html`<sc-review-form product-id="tulips"></sc-review-form>`);
    await write(form, { rating: 5, text: 'Lovely colours.', author: 'Ann' });
    const coupon = await waitUntil(() => form.shadowRoot!.querySelector<ScCoupon>('sc-coupon'), 'no coupon after publication').then(() => form.shadowRoot!.querySelector<ScCoupon>('sc-coupon')!);
    await shown(coupon);
    expect(text(coupon, 'thanks')).to.equal('Thank you for your review! Here is your coupon.');
    expect(text(coupon, 'name')).to.equal('Thank you for your review');
    const code = text(coupon, 'code');
    await expect(form).to.be.accessible();

    const newest = await fixture<ScCoupon>(html`<sc-coupon></sc-coupon>`);
    await shown(newest);
    expect(text(newest, 'code')).to.equal(code);
  });

  it('gives no coupon for a held review: the form says it comes after approval, and shows it once approved', async () => {
    const api = await newSite({ moderateReviews: true });
    configure({ adapter: new RestAdapter({ endpoint: api.endpoint, site: api.site, storage: new MemoryStorage(), retries: 0 }), site: api.site, locale: undefined, userToken: undefined });
    await newCampaign(api, { reward: 'review' });
    const form = await fixture<ScReviewForm>(html`<sc-review-form product-id="tulips"></sc-review-form>`);
    const submitted = oneEvent(form, 'sc-review-submit');
    await write(form, { rating: 4, text: 'Nice.', author: 'Bo' });
    const { review } = (await submitted).detail;
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Thanks! Your review will appear once the shop approves it, with any thank-you coupon.');
    expect(form.shadowRoot!.querySelector('sc-coupon')).to.equal(null);
    const none = await fixture<ScCoupon>(html`<sc-coupon></sc-coupon>`);
    await shown(none);
    expect(status(none)).to.equal('You have no coupon yet.');

    await approveReview(api, review.id);
    const later = await fixture<ScCoupon>(html`<sc-coupon review-id=${review.id}></sc-coupon>`);
    await shown(later);
    expect(text(later, 'thanks')).to.equal('Thank you for your review! Here is your coupon.');
  });

  it('in the browser alone (LocalAdapter): a local review earns a demo coupon, which a local order redeems once', async () => {
    useLocalShop();
    const form = await fixture<ScReviewForm>(html`<sc-review-form product-id="tulips"></sc-review-form>`);
    await write(form, { rating: 5, text: 'Demo review.', author: 'Cy' });
    await waitUntil(() => form.shadowRoot!.querySelector('sc-coupon'), 'no demo coupon');
    const coupon = form.shadowRoot!.querySelector<ScCoupon>('sc-coupon')!;
    await shown(coupon);
    expect(text(coupon, 'name')).to.equal('Demo: thank you for your review');
    const code = text(coupon, 'code')!;
    expect(code).to.match(/^DEMO-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);

    button(coupon, 'use').click();
    const cart = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
    await addToCart(tulips);
    const panel = await openCart(cart);
    const handed = oneEvent(cart, 'sc-checkout');
    panel.querySelector<HTMLButtonElement>('[part=checkout]')!.click();
    expect((await handed).detail.order!.discount).to.deep.equal({ amount: 245, currency: 'EUR' });
    setCheckoutCoupon(code);
    await addToCart(tulips);
    const failed = oneEvent(cart, 'sc-error');
    panel.querySelector<HTMLButtonElement>('[part=checkout]')!.click();
    expect((await failed).detail.reason).to.equal('coupon_redeemed');
  });
});

/** Writes and sends a review as a person would. */
async function write(el: ScReviewForm, review: { rating: number; text: string; author: string }) {
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLInputElement>(`#rating-${review.rating}`)!.click();
  for (const name of ['text', 'author'] as const) {
    const field = el.shadowRoot!.querySelector<HTMLInputElement>(`[name=${name}]`)!;
    field.value = review[name];
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
}
