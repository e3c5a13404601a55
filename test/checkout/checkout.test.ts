import { expect } from '@open-wc/testing';
import { cartUrl } from '../../src/checkout/url-checkout.js';
import { type CheckoutWindow, openCheckout } from '../../src/checkout/open-checkout.js';
import { orderText } from '../../src/checkout/order-text.js';
import { orderMessages } from '../../src/checkout/order.messages.js';
import { packLoading } from '../../src/i18n/language-pack.js';
import type { Order } from '../../src/core/adapter.js';

const lines = [
  { productId: 'p1', variantId: 'v 1', quantity: 2 },
  { productId: 'p2', variantId: 'v2', quantity: 1 },
];

/** A window that records where a checkout sends the shopper. */
function fakeWindow(options: { framed: boolean; userAgent?: string; popupBlocked?: boolean }) {
  const went: string[] = [];
  const location = (name: string) => ({ set href(url: string) { went.push(`${name} ${url}`); } });
  const self = { location: location('self') };
  const win = {
    navigator: { userAgent: options.userAgent ?? 'Mozilla/5.0 Chrome/130' },
    location: self.location,
    self,
    top: options.framed ? { location: location('top') } : self,
    open: (url: string) => (went.push(`new tab ${url}`), options.popupBlocked ? null : ({ opener: {} } as Window)),
  } as unknown as CheckoutWindow;
  return { win, went };
}

describe('checkout hand-off', () => {
  it('builds cart links from a permalink template', () => {
    expect(cartUrl('https://shop.example/cart/{variant}:{qty},…', lines)).to.equal('https://shop.example/cart/v%201:2,v2:1');
    expect(cartUrl('https://shop.example/add?{product}={qty}&...', lines)).to.equal('https://shop.example/add?p1=2&p2=1');
    expect(cartUrl('https://shop.example/cart/{variant}:{qty}', lines)).to.equal('https://shop.example/cart/v%201:2,v2:1');
    expect(() => cartUrl('javascript:alert({variant})', lines)).to.throw('http(s)');
  });

  it('navigates this window on a shop\'s own page', () => {
    const { win, went } = fakeWindow({ framed: false });
    openCheckout('https://pay.example/1', win);
    expect(went).to.deep.equal(['self https://pay.example/1']);
  });

  it('opens a new tab from a frame, and takes the whole tab when the pop-up is blocked', () => {
    const framed = fakeWindow({ framed: true });
    openCheckout('https://pay.example/1', framed.win);
    expect(framed.went).to.deep.equal(['new tab https://pay.example/1']);
    const blocked = fakeWindow({ framed: true, popupBlocked: true });
    openCheckout('https://pay.example/1', blocked.win);
    expect(blocked.went).to.deep.equal(['new tab https://pay.example/1', 'top https://pay.example/1']);
  });

  for (const [app, userAgent] of [
    ['Instagram', 'Mozilla/5.0 (iPhone) Instagram 300.0'],
    ['Facebook', 'Mozilla/5.0 (iPhone) [FBAN/FBIOS;FBAV/400.0]'],
    ['TikTok', 'Mozilla/5.0 (Linux; Android 13) musical_ly_2023 BytedanceWebview'],
    ['LINE', 'Mozilla/5.0 (iPhone) Line/13.1.0'],
    ['WeChat', 'Mozilla/5.0 (iPhone) MicroMessenger/8.0.40'],
  ]) {
    it(`takes the whole tab in ${app}'s in-app browser, which blocks pop-ups`, () => {
      const { win, went } = fakeWindow({ framed: true, userAgent });
      openCheckout('https://pay.example/1', win);
      expect(went).to.deep.equal(['top https://pay.example/1']);
    });
  }
});

describe('what a placed order says', () => {
  const order: Order = { id: 'or_x', reference: 'SC-7F3K-92QD', status: 'pending', total: { amount: 2450, currency: 'EUR' } };

  it('says its reference and what happens next, as far as the backend knows it', async () => {
    expect(orderText(order, false, orderMessages.en)).to.equal('Ordered. Your reference: SC-7F3K-92QD. Next: quote this reference to the shop to pay or to ask about your order.');
    expect(orderText({ ...order, checkoutUrl: 'https://pay.example/or_x' }, true, orderMessages.en)).to.equal('Gift ordered. Your reference: SC-7F3K-92QD. Next: pay on the shop’s payment page.');
    // A backend with no reference for people: its id. (In Dutch, once its pack is in.)
    await packLoading('nl');
    expect(orderText({ ...order, reference: undefined }, false, orderMessages.nl)).to.match(/^Besteld\. Je referentie: or_x\. Volgende stap: /);
  });

  it('says a demo ordered nothing, with no reference', () => {
    expect(orderText({ ...order, demo: true }, false, orderMessages.en)).to.equal('This shop is a demo: nothing was ordered and nothing is charged.');
  });
});
